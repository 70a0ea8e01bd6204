// The municipality whose service this installation is, as a coordinator sets it: its name, its
// logo (an uploaded image or an address) and its primary colour. Pure rules: what a valid name,
// colour and logo are. What is left empty falls back to the installation's environment.
import { AA_CONTRAST, contrastRatio } from './colour-contrast.ts';

export const logoContentTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export type LogoContentType = (typeof logoContentTypes)[number];

/** A logo in the header is 40 px high: 200 kB is ample, and keeps every server's copy small. */
export const maxLogoBytes = 200 * 1024;

export interface UploadedLogo {
  contentType: LogoContentType;
  bytes: Uint8Array;
}

/** What the coordinator set; '' means "as the environment says". */
export interface InstallationBranding {
  municipality: string;
  primaryColour: string;
  /** An address of a logo (/assets/… or https://…); '' when uploaded or unset. */
  logoUrl: string;
  logo: UploadedLogo | null;
  /** Goes up with every save, so each server sees a change with one small read. */
  version: number;
  updatedAt: string | null;
}

export const emptyBranding: InstallationBranding = { municipality: '', primaryColour: '', logoUrl: '', logo: null, version: 0, updatedAt: null };

/** The logo given with a save: keep the present one, remove it, take an address, or an uploaded file. */
export type LogoChange =
  | { kind: 'keep' } | { kind: 'remove' } | { kind: 'url'; url: string }
  | { kind: 'upload'; bytes: Uint8Array };

export interface BrandingInput {
  municipality: string;
  primaryColour: string;
  logo: LogoChange;
}

export type BrandingField = 'municipality' | 'primaryColour' | 'logo';
export type BrandingProblem = 'too_long' | 'invalid_colour' | 'low_contrast' | 'invalid_logo_url' | 'logo_too_large' | 'logo_type' | 'logo_unsafe';

const colourPattern = /^#[0-9a-f]{6}$/;
const logoUrlPattern = /^(\/assets\/[\w./-]+|https:\/\/[^\s"'<>]+)$/;

/** "#RGB" and "#RRGGBB" in any case, as people type them, to "#rrggbb"; anything else unchanged. */
export function normaliseColour(text: string): string {
  const value = text.trim().toLowerCase();
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return /^[0-9a-f]{6}$/.test(value) ? `#${value}` : value;
}

/**
 * The image's type read from its first bytes, never from the file name or what the browser
 * claims; undefined for anything that is not one of the accepted images.
 */
export function sniffLogoType(bytes: Uint8Array): LogoContentType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'image/webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return undefined;
}

/**
 * Whether an SVG holds anything that could run or fetch when opened on its own: scripts, event
 * handlers, javascript: links, foreign objects or outside references. Served with a sandboxing
 * policy as well; this refuses such a file outright, so none is ever stored.
 */
export function svgIsUnsafe(text: string): boolean {
  return /<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=|javascript:|data:text\/html|url\(\s*['"]?\s*(?!#)|<!ENTITY|xlink:href\s*=\s*["']\s*(?!#)|\shref\s*=\s*["']\s*(?!#)/i.test(text);
}

/** Every field that is wrong, with why; empty when the input may be saved. */
export function brandingProblems(input: BrandingInput): Partial<Record<BrandingField, BrandingProblem>> {
  const problems: Partial<Record<BrandingField, BrandingProblem>> = {};
  if (input.municipality.trim().length > 100) problems.municipality = 'too_long';
  const colour = normaliseColour(input.primaryColour);
  if (colour && !colourPattern.test(colour)) problems.primaryColour = 'invalid_colour';
  // White text on buttons of this colour (and links of it on white) must meet WCAG 2.1 AA.
  else if (colour && contrastRatio(colour, '#ffffff') < AA_CONTRAST) problems.primaryColour = 'low_contrast';
  const logo = input.logo;
  if (logo.kind === 'url' && (logo.url.length > 500 || !logoUrlPattern.test(logo.url.trim()))) problems.logo = 'invalid_logo_url';
  if (logo.kind === 'upload') {
    const type = sniffLogoType(logo.bytes);
    if (logo.bytes.length > maxLogoBytes) problems.logo = 'logo_too_large';
    else if (!type) problems.logo = 'logo_type';
    else if (type === 'image/svg+xml' && svgIsUnsafe(new TextDecoder().decode(logo.bytes))) problems.logo = 'logo_unsafe';
  }
  return problems;
}

/** The contrast of white text on the colour, for the settings page to show beside it. */
export const contrastOnWhite = (colour: string) => contrastRatio(colour, '#ffffff');
