// /admin/summits/:id: the summit's texts, venue, dates, capacity and deadlines, and its status
// with a button for each change the lifecycle allows, and the history of changes.
import type { Summit, SummitStatus, SummitStatusChange } from '../../domain/summit.ts';
import { CsrfField, TextArea, TextField } from '../form-fields.tsx';
import { formatDateTime, formatTimeRange } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { isoToCopenhagenLocal } from './admin-local-time.ts';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';
import type { DataControllerField } from '../../domain/personal-data/data-controller.ts';
import { PrivacyDetailsWarning } from './personal-data/privacy-notice-page.tsx';
import { StatusDoneNotice } from './confirmations/admin-status-confirm.tsx';
import type { ConfirmedStatus } from '../i18n/confirmation-texts.ts';

export interface AdminSummitView {
  summit: Summit;
  transitions: readonly SummitStatus[];
  history: SummitStatusChange[];
  /** Display names of the actors in the history (others are shown as recorded, e.g. "system"). */
  actorNames: Record<string, string>;
  /** The municipality's details the privacy notice still lacks. */
  privacyMissing?: DataControllerField[];
}

/** Postponing and cancelling are public news: they need a reason. */
export const statusNeedsReason = (to: SummitStatus) => to === 'postponed' || to === 'cancelled';

function StatusSection({ ctx, view, state }: { ctx: PageContext; view: AdminSummitView; state?: FormState }) {
  const { t, lang } = ctx;
  const s = t.admin.status;
  const { summit } = view;
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{s.heading}</h2>
      <p>{s.current}: <strong class={`samskab-status samskab-status-${summit.status}`}>{t.status[summit.status]}</strong></p>
      {summit.statusReason ? <p>{s.reasonColumn}: {summit.statusReason}</p> : null}
      {view.transitions.length === 0 ? <p>{s.noTransitions}</p> : (
        <>
          <h3>{s.changeHeading}</h3>
          <div class="samskab-status-forms">
            {view.transitions.map((to) => {
              const form = `status-${to}`;
              const errors = errorsOf(state, form);
              return (
                <form method="post" action={`/admin/summits/${summit.id}/status`} class="samskab-status-form" novalidate>
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="to" value={to} />
                  {statusNeedsReason(to)
                    ? <TextArea name={`reason-${to}`} rows={2} label={s.reason(t.status[to])} hint={s.reasonHint} value={valueOf(state, form, `reason-${to}`, '')} errors={errors} />
                    : null}
                  <button type="submit" class="button button-secondary">{s.changeTo(t.status[to])}</button>
                </form>
              );
            })}
          </div>
        </>
      )}
      <h3>{s.historyHeading}</h3>
      {view.history.length === 0 ? <p>{s.noHistory}</p> : (
        <ScrollTable label={s.historyCaption}><table class="table table--zebra">
          <caption>{s.historyCaption}</caption>
          <thead><tr><th scope="col">{s.at}</th><th scope="col">{s.from}</th><th scope="col">{s.to}</th><th scope="col">{s.reasonColumn}</th><th scope="col">{s.by}</th></tr></thead>
          <tbody>
            {view.history.map((h) => (
              <tr><th scope="row">{formatDateTime(lang, h.at)}</th><td>{t.status[h.fromStatus]}</td><td>{t.status[h.toStatus]}</td><td>{h.reason || t.admin.none}</td><td>{view.actorNames[h.actor] ?? h.actor}</td></tr>
            ))}
          </tbody>
        </table></ScrollTable>
      )}
    </section>
  );
}

function DetailsForm({ ctx, summit, state }: { ctx: PageContext; summit: Summit; state?: FormState }) {
  const a = ctx.t.admin.summit;
  const errors = errorsOf(state, 'details');
  const v = (field: string, stored: string | number | null) => valueOf(state, 'details', field, stored);
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{a.detailsHeading}</h2>
      <form method="post" action={`/admin/summits/${summit.id}`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <fieldset>
          <legend class="h3">{a.textsHeading}</legend>
          <TextField name="title" label={a.title} value={v('title', summit.title)} errors={errors} required />
          <TextArea name="purpose" rows={2} label={a.purpose} value={v('purpose', summit.purpose)} errors={errors} />
          <TextArea name="description" rows={6} label={a.description} hint={a.descriptionHint} value={v('description', summit.description)} errors={errors} />
          <TextField name="responsibleEditor" label={a.responsibleEditor} value={v('responsibleEditor', summit.responsibleEditor)} errors={errors} />
          <TextField name="organiser" label={a.organiser} value={v('organiser', summit.organiser)} errors={errors} />
        </fieldset>
        <fieldset>
          <legend class="h3">{a.placeHeading}</legend>
          <TextField name="venue" label={a.venue} value={v('venue', summit.venue)} errors={errors} />
          {summit.status === 'draft' ? (
            <>
              <TextField name="startsAt" type="datetime-local" label={a.startsAt} hint={a.timeHint} value={v('startsAt', isoToCopenhagenLocal(summit.startsAt))} errors={errors} />
              <TextField name="endsAt" type="datetime-local" label={a.endsAt} hint={a.timeHint} value={v('endsAt', isoToCopenhagenLocal(summit.endsAt))} errors={errors} />
            </>
          ) : (
            <div class="form-group">
              <p><strong>{a.datesHeading}:</strong> {summit.startsAt && summit.status !== 'postponed' ? formatTimeRange(ctx.lang, summit.startsAt, summit.endsAt) : a.noDate}</p>
              <p class="form-hint"><a href={`/admin/summits/${summit.id}/lifecycle`}>{a.datesByLifecycle}</a></p>
            </div>
          )}
          <TextField name="capacity" type="number" min={1} label={a.capacity} hint={a.capacityHint} value={v('capacity', summit.capacity)} errors={errors} required />
        </fieldset>
        <fieldset>
          <legend class="h3">{a.rulesHeading}</legend>
          <TextField name="answerDays" type="number" min={1} label={a.answerDays} hint={a.answerDaysHint} value={v('answerDays', summit.answerDays)} errors={errors} required />
          <TextField name="retentionDays" type="number" min={1} label={a.retentionDays} hint={a.retentionDaysHint} value={v('retentionDays', summit.retentionDays)} errors={errors} required />
        </fieldset>
        <button type="submit" class="button button-primary">{a.saveDetails}</button>
      </form>
    </section>
  );
}

export function AdminSummitPage({ ctx, view, saved, done, state }: { ctx: PageContext; view: AdminSummitView; saved: boolean; done?: ConfirmedStatus | undefined; state?: FormState }) {
  return (
    <AdminPage ctx={ctx} title={view.summit.title} summit={view.summit} section="overview" saved={saved && !done} state={state}>
      <StatusDoneNotice ctx={ctx} done={done} />
      <PrivacyDetailsWarning ctx={ctx} missing={view.privacyMissing ?? []} slug={view.summit.slug} />
      <StatusSection ctx={ctx} view={view} state={state} />
      <DetailsForm ctx={ctx} summit={view.summit} state={state} />
    </AdminPage>
  );
}
