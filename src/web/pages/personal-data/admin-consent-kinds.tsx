// /admin/summits/:id/consents: the summit's consents. The built-in ones (photos, sharing contact
// details) with their words; the summit's own, each with its words in Danish and English, its
// version, how many people's consent is in force, a link to change the words and a button to stop
// asking; a form to add one. /admin/summits/:id/consents/:kindId changes one kind's words.
import { consentKindFields, type ConsentKindField, type SummitConsentKind } from '../../../domain/personal-data/consent.ts';
import type { ConsentKindsView } from '../../../use-cases/personal-data/manage-consent-kinds.ts';
import { CsrfField, TextArea, TextField } from '../../form-fields.tsx';
import { formatDateTime } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';
import type { Summit } from '../../../domain/summit.ts';

export const consentKindsPath = (summitId: string) => `/admin/summits/${summitId}/consents`;

function Wording({ ctx, wording }: { ctx: PageContext; wording: ConsentKindsView['kinds'][number]['offer']['wording'] }) {
  const a = ctx.t.consent.admin;
  return (
    <dl class="samskab-facts">
      <dt>{a.danish}</dt><dd lang="da">{wording.da.label}{wording.da.hint ? <span class="samskab-muted"> {wording.da.hint}</span> : null}</dd>
      <dt>{a.english}</dt><dd lang="en">{wording.en.label}{wording.en.hint ? <span class="samskab-muted"> {wording.en.hint}</span> : null}</dd>
    </dl>
  );
}

const stored = (kind: SummitConsentKind | undefined, field: ConsentKindField) => {
  if (!kind) return '';
  return { labelDa: kind.wording.da.label, hintDa: kind.wording.da.hint, labelEn: kind.wording.en.label, hintEn: kind.wording.en.hint }[field];
};

export function ConsentKindFields({ ctx, form, state, kind }: { ctx: PageContext; form: string; state: FormState | undefined; kind?: SummitConsentKind }) {
  const a = ctx.t.consent.admin;
  const errors = errorsOf(state, form);
  return (
    <>
      {consentKindFields.map((field) => (field.startsWith('label')
        ? <TextArea name={field} label={a.fields[field]} hint={a.hints[field]} value={valueOf(state, form, field, stored(kind, field))} errors={errors} rows={2} required />
        : <TextField name={field} label={a.fields[field]} hint={a.hints[field]} value={valueOf(state, form, field, stored(kind, field))} errors={errors} />))}
    </>
  );
}

export function AdminConsentKindsPage({ ctx, view, done, state }: { ctx: PageContext; view: ConsentKindsView; done?: string | undefined; state?: FormState }) {
  const a = ctx.t.consent.admin;
  const { summit } = view;
  const builtIn = view.kinds.filter((k) => k.offer.builtIn);
  const added = view.kinds.filter((k) => !k.offer.builtIn);
  const when = (iso: string) => formatDateTime(ctx.lang, iso);
  return (
    <AdminPage ctx={ctx} title={a.title} summit={summit} section="consents" state={state}>
      {done && a.saved[done] ? <div class="alert alert-success" role="status" tabindex={-1} data-notice id="saved-notice"><div class="alert-body"><p class="alert-text">{a.saved[done]}</p></div></div> : null}
      <p>{a.intro}</p>
      <section aria-labelledby="built-in-heading">
        <h2 id="built-in-heading">{a.builtInHeading}</h2>
        {builtIn.map(({ offer, inForce }) => (
          <div class="samskab-consent-kind">
            <h3 class="h4">{a.builtInNames[offer.kind] ?? offer.kind}</h3>
            <Wording ctx={ctx} wording={offer.wording} />
            <p class="samskab-muted">{a.version(offer.version)} · {a.inForce(inForce)}</p>
          </div>
        ))}
        <p><a href={`/admin/summits/${summit.id}/participants/lists/contacts.xlsx`} download>{a.contactList} (XLSX)</a></p>
      </section>
      <section aria-labelledby="added-heading">
        <h2 id="added-heading">{a.addedHeading}</h2>
        {added.length === 0 ? <p>{a.noneAdded}</p> : added.map(({ offer, kind, inForce }, i) => (
          <div class="samskab-consent-kind" id={`consent-kind-${i + 1}`}>
            <h3 class="h4">{offer.wording[ctx.lang].label}</h3>
            <Wording ctx={ctx} wording={offer.wording} />
            <p class="samskab-muted">{a.version(offer.version)} · {a.inForce(inForce)}</p>
            {kind?.retiredAt ? <p>{a.retiredNote(when(kind.retiredAt))}</p> : (
              <div class="samskab-actions">
                <a class="button button-secondary" href={`${consentKindsPath(summit.id)}/${offer.kind}`}>{a.edit}<span class="sr-only">: {offer.wording[ctx.lang].label}</span></a>
                <form method="post" action={`${consentKindsPath(summit.id)}/${offer.kind}/retire`}>
                  <CsrfField token={ctx.csrfToken} />
                  <button type="submit" class="button button-secondary">{a.retire}<span class="sr-only">: {offer.wording[ctx.lang].label}</span></button>
                </form>
              </div>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{a.addHeading}</h2>
        <form method="post" action={consentKindsPath(summit.id)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ConsentKindFields ctx={ctx} form="add" state={state} />
          <button type="submit" class="button button-primary">{a.add}</button>
        </form>
      </section>
    </AdminPage>
  );
}

export function AdminConsentKindPage({ ctx, summit, kind, state }: { ctx: PageContext; summit: Summit; kind: SummitConsentKind; state?: FormState }) {
  const a = ctx.t.consent.admin;
  return (
    <AdminPage ctx={ctx} title={a.edit} summit={summit} section="consents" state={state}>
      <p><a href={consentKindsPath(summit.id)}>{a.title}</a></p>
      <p>{a.version(String(kind.version))}</p>
      <form method="post" action={`${consentKindsPath(summit.id)}/${kind.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <ConsentKindFields ctx={ctx} form="revise" state={state} kind={kind} />
        <button type="submit" class="button button-primary">{a.save}</button>
      </form>
    </AdminPage>
  );
}
