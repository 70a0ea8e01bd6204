// The consents on the participant's page: one checkbox per consent the summit asks for, in the
// exact words the register will keep, with when the person gave it, whether the words changed
// since, and a retired kind while the person's consent still stands (to withdraw it). A hidden
// field says which kinds, in which version, the form showed, so an unticked box withdraws exactly
// what was shown and a consent is given only to the words seen.
import type { ParticipantConsent } from '../../../use-cases/registration/get-participant-page.ts';
import { CheckboxField } from '../../form-fields.tsx';
import { formatDateTime } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';

/** The form field of a kind: the built-in ones keep readable names. */
export function consentFieldName(kind: string): string {
  return kind === 'photos' ? 'consentPhotos' : kind === 'contacts' ? 'consentContacts' : `consent-${kind}`;
}

/** What `consentsShown` said the form showed: each kind with the version of its words. */
export function parseConsentsShown(value: string | undefined): { kind: string; version: string }[] {
  if (!value) return [];
  return value.split(',').map((part) => part.split(':')).filter((p) => p.length === 2 && /^[\w-]{1,100}$/.test(p[0]!) && /^[\w-]{1,40}$/.test(p[1]!))
    .map(([kind, version]) => ({ kind: kind!, version: version! }));
}

export function ParticipantConsents({ ctx, consents, values }: { ctx: PageContext; consents: readonly ParticipantConsent[]; values?: Record<string, string> | undefined }) {
  const c = ctx.t.consent.participant;
  const when = (iso: string) => formatDateTime(ctx.lang, iso);
  return (
    <>
      <input type="hidden" name="consentsShown" value={consents.map(({ offer }) => `${offer.kind}:${offer.version}`).join(',')} />
      {consents.map(({ offer, standing }) => {
        const name = consentFieldName(offer.kind);
        const wording = offer.wording[ctx.lang];
        const notes = [
          wording.hint,
          standing.state === 'given' && standing.givenAt ? c.givenAt(when(standing.givenAt)) : '',
          standing.state === 'outdated' ? c.outdated(when(standing.givenAt)) : '',
          offer.retired ? c.retired : '',
        ].filter(Boolean).join(' ');
        const checked = values ? values[name] === 'on' : standing.state === 'given' || (offer.retired && standing.state !== 'none');
        return <CheckboxField name={name} label={wording.label} checked={checked} hint={notes || undefined} />;
      })}
    </>
  );
}
