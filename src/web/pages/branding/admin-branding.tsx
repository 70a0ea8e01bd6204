// /admin/indstillinger: the municipality's name, logo and primary colour, set once for the
// installation and shown in every page's header. Errors come back beside their fields and in the
// summary, which takes the focus; the typed name and colour are kept.
import { contrastOnWhite, type InstallationBranding } from '../../../domain/branding/branding.ts';
import { accessibleOnWhite } from '../../../domain/branding/colour-contrast.ts';
import { brandingOf, demoBranding } from '../../branding.ts';
import { CsrfField, TextField } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

export const logoChoices = ['keep', 'upload', 'url', 'remove'] as const;
export type LogoChoice = (typeof logoChoices)[number];

export interface AdminBrandingView {
  stored: InstallationBranding;
  /** What the installation's environment gives where nothing is stored. */
  fallback: { municipality?: string | undefined; logoUrl?: string | undefined; primaryColour?: string | undefined };
}

export function AdminBrandingPage({ ctx, view, saved, state }: { ctx: PageContext; view: AdminBrandingView; saved: boolean; state?: FormState }) {
  const b = ctx.t.branding;
  const errors = errorsOf(state, 'branding');
  const fallback = brandingOf(view.fallback);
  const current = ctx.brand ?? demoBranding;
  const shown = accessibleOnWhite(current.primaryColour);
  const choice = (valueOf(state, 'branding', 'logoChoice', 'keep') || 'keep') as LogoChoice;
  const logoError = errors.logo;
  return (
    <AdminPage ctx={ctx} title={b.heading} state={state}>
      <p><a href="/admin">{ctx.t.admin.nav.allSummits}</a></p>
      {saved ? <div class="alert alert-success" role="status" tabindex={-1} data-notice id="saved-notice"><div class="alert-body"><p class="alert-text">{b.saved}</p></div></div> : null}
      <p>{b.intro}</p>
      <form method="post" action="/admin/indstillinger" enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="municipality" label={b.municipality} hint={b.municipalityHint(fallback.municipality)}
          value={valueOf(state, 'branding', 'municipality', view.stored.municipality)} errors={errors} autocomplete="organization" />
        <TextField name="primaryColour" label={b.colour} hint={b.colourHint(fallback.primaryColour)}
          value={valueOf(state, 'branding', 'primaryColour', view.stored.primaryColour)} errors={errors} autocomplete="off" />
        <p class="samskab-brand-sample">
          <span class="samskab-brand-swatch" aria-hidden="true"></span>
          <span>{b.colourNow(shown, contrastOnWhite(shown))}</span>
        </p>

        <h2 class="h3">{b.logoHeading}</h2>
        <p>{b.logoNow}: <img src={current.logoUrl} alt={current.municipality} width="40" height="40" class="samskab-brand-logo" /></p>
        <fieldset class={`form-group${logoError ? ' form-error' : ''}`} id="logo" aria-describedby={logoError ? 'logo-error' : undefined}>
          <legend class="form-label">{b.logoChoice}</legend>
          {logoError ? <span class="form-error-message" id="logo-error"><span class="sr-only">Fejl: </span>{logoError}</span> : null}
          {logoChoices.map((c) => (
            <div class="form-group-radio">
              <input class="form-radio" type="radio" name="logoChoice" id={`logoChoice-${c}`} value={c} checked={c === choice} />
              <label for={`logoChoice-${c}`}>{c === 'keep' ? b.logoKeep : c === 'upload' ? b.logoUpload : c === 'url' ? b.logoUrl : b.logoRemove}</label>
            </div>
          ))}
        </fieldset>
        <div class="form-group">
          <label class="form-label" for="logoFile">{b.logoFile}</label>
          <span class="form-hint" id="logoFile-hint">{b.logoFileHint}</span>
          <input class="form-file-input" type="file" id="logoFile" name="logoFile" accept="image/png,image/jpeg,image/webp,image/svg+xml" aria-describedby="logoFile-hint" />
        </div>
        <TextField name="logoUrl" label={b.logoAddress} hint={b.logoAddressHint} value={valueOf(state, 'branding', 'logoUrl', view.stored.logoUrl)} errors={{}} autocomplete="url" />
        <button type="submit" class="button button-primary">{b.save}</button>
      </form>
    </AdminPage>
  );
}
