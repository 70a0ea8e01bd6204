// The municipality whose service this is, as every page shows it: its name and logo in the
// header, its colour on buttons and links. Unset parts fall back to the demo's municipality and a
// logo drawn for Samskab (never a municipality's real, copyrighted arms).
import { accessibleOnWhite, darken } from '../domain/branding/colour-contrast.ts';

/** Whose service this is: what every page's header shows of the municipality. */
export interface Branding {
  municipality: string;
  /** A path on this server (/assets/…) or an https address. */
  logoUrl: string;
  /** "#rrggbb"; pages darken it where white text on it would fall below WCAG AA. */
  primaryColour: string;
  /** Of the coordinator's settings (0 while none are saved): in the stylesheet's address, so a change is fetched at once. */
  version?: number;
}

export const demoBranding: Branding = {
  municipality: 'Holbæk Kommune',
  logoUrl: '/assets/municipality-logo.svg',
  primaryColour: '#00607a',
};

export function brandingOf(settings: Partial<Branding> | undefined): Branding {
  return { ...demoBranding, ...settings };
}

/**
 * The stylesheet that makes the municipality's colour dkfds' primary colour: primary buttons and
 * links. The colour is darkened where needed so white on it and it on white keep WCAG AA.
 */
export function brandStylesheet(branding: Branding): string {
  const primary = accessibleOnWhite(branding.primaryColour);
  const hover = darken(primary, 0.25);
  return [
    `:root { --samskab-primary: ${primary}; --samskab-primary-hover: ${hover}; }`,
    'a:not(.button), .button-tertiary { color: var(--samskab-primary); }',
    'a:not(.button):hover { color: var(--samskab-primary-hover); }',
    // dkfds 11 colours ".button.button-primary": as specific as that, and loaded after it.
    '.button.button-primary { background-color: var(--samskab-primary); border-color: var(--samskab-primary); color: #fff; }',
    '.button.button-primary:hover, .button.button-primary.button-hover, .button.button-primary:active, .button.button-primary.button-active { background-color: var(--samskab-primary-hover); border-color: var(--samskab-primary-hover); color: #fff; }',
    '.sidemenu li.active { border-left-color: var(--samskab-primary); }',
    '.header .solution-info { border-bottom: 4px solid var(--samskab-primary); }',
    '.samskab-brand-swatch { display: inline-block; width: 2rem; height: 2rem; vertical-align: middle; margin-right: 0.5rem; background-color: var(--samskab-primary); border: 1px solid #000; }',
    '',
  ].join('\n');
}
