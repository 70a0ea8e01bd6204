// The consents on the participant's page: one checkbox per consent the summit asks for, in the
// exact words the register will keep, with when the person gave it, whether the words changed
// since, and a retired kind while the person's consent still stands (to withdraw it). A hidden
// field says which kinds, in which version, the form showed, so an unticked box withdraws exactly
// what was shown and a consent is given only to the words seen.
import type { ParticipantConsent } from '../../../use-cases/registration/get-participant-page.ts';
import { CheckboxField, CsrfField } from '../../form-fields.tsx';
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

/**
 * The consents still standing behind an invitation that takes no more answers (declined, cancelled,
 * expired, or the summit cancelled): each with a button that withdraws it. Giving is not offered:
 * a person not taking part has nothing to consent to. Nothing stands, nothing is shown.
 */
export function WithdrawConsents({ ctx, base, consents }: { ctx: PageContext; base: string; consents: readonly ParticipantConsent[] }) {
  const c = ctx.t.consent.participant;
  const standing = consents.filter((consent) => consent.standing.state !== 'none');
  if (standing.length === 0) return <></>;
  const when = (iso: string) => formatDateTime(ctx.lang, iso);
  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">{c.closedHeading}</h2>
      <p>{c.closedText}</p>
      <form method="post" action={`${base}/consents/withdraw`}>
        <CsrfField token={ctx.csrfToken} />
        <ul class="nobullet-list">
          {standing.map(({ offer, standing: s }) => {
            const id = `withdraw-${offer.kind}`;
            const note = s.state === 'given' && s.givenAt ? c.givenAt(when(s.givenAt)) : s.state === 'outdated' ? c.outdatedClosed(when(s.givenAt)) : '';
            return (
              <li class="mb-5">
                <p class="mb-2" id={`${id}-label`}>{offer.wording[ctx.lang].label}</p>
                {note ? <p class="form-hint mt-0">{note}</p> : null}
                <button type="submit" name="kind" value={offer.kind} class="button button-secondary" aria-describedby={`${id}-label`}>{c.withdrawOne}</button>
              </li>
            );
          })}
        </ul>
      </form>
    </section>
  );
}
