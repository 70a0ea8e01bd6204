// The coordinator's lifecycle page: postpone, set a new date (with re-confirmation), extend the
// deadline, cancel, and follow who has re-confirmed.
import type { LifecycleChange } from '../../domain/lifecycle.ts';
import type { Summit } from '../../domain/summit.ts';
import type { LifecycleAudience } from '../../use-cases/lifecycle/preview-lifecycle-change.ts';
import type { ReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { CsrfField, TextArea, TextField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { isoToCopenhagenLocal } from './admin-local-time.ts';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';

export interface AdminLifecycleView {
  summit: Summit;
  reconfirmation: ReconfirmationOverview;
}

/** What a confirmed change did, said on the page it leads back to. */
export type LifecycleDone = LifecycleAudience & { change: LifecycleChange };

export function AdminLifecyclePage({ ctx, view, saved, done, state }: { ctx: PageContext; view: AdminLifecycleView; saved: boolean; done?: LifecycleDone | undefined; state?: FormState }) {
  const { t } = ctx;
  const l = t.lifecycle;
  const { summit, reconfirmation } = view;
  const base = `/admin/summits/${summit.id}/lifecycle`;
  const canPostpone = summit.status === 'draft' || summit.status === 'published' || summit.status === 'postponed';
  const canReschedule = summit.status === 'postponed' || summit.status === 'published';
  const canCancel = summit.status === 'draft' || summit.status === 'published' || summit.status === 'postponed';
  const v = (form: string, field: string, stored: string | null | undefined) => valueOf(state, form, field, stored);
  return (
    <AdminPage ctx={ctx} title={`${l.heading} – ${summit.title}`} heading={l.heading} summit={summit} section="lifecycle" saved={saved && !done} state={state}>
      {done ? (
        <div class="alert alert-success" role="status" tabindex={-1} data-notice id="done-notice">
          <div class="alert-body"><p class="alert-text">{l.done[done.change](done.participants, done.organisations)}</p></div>
        </div>
      ) : null}
      <p><strong>{l.currentStatus}:</strong> {t.status[summit.status]}{summit.startsAt && summit.status === 'published' ? ` · ${formatDateTime(ctx.lang, summit.startsAt)}` : ''}</p>

      <section aria-labelledby="reconfirm-heading">
        <h2 id="reconfirm-heading">{l.dashboard.heading}</h2>
        {reconfirmation.reconfirmBy && reconfirmation.people.length ? (
          <>
            <p>{l.dashboard.deadline(formatDateTime(ctx.lang, reconfirmation.reconfirmBy))}</p>
            <p>{l.dashboard.counts(reconfirmation.counts)}</p>
            <table class="table table--zebra table--compact">
              <caption class="sr-only">{l.dashboard.caption}</caption>
              <thead><tr><th scope="col">{l.dashboard.name}</th><th scope="col">{l.dashboard.state}</th></tr></thead>
              <tbody>{reconfirmation.people.map((p) => <tr><th scope="row">{p.name}</th><td>{l.dashboard.states[p.state]}</td></tr>)}</tbody>
            </table>
            {summit.status === 'published' ? (
              <form method="post" action={`${base}/extend`} novalidate>
                <CsrfField token={ctx.csrfToken} />
                <h3>{l.extend.heading}</h3>
                <TextField name="reconfirmBy" type="datetime-local" label={l.extend.reconfirmBy} value={v('extend', 'reconfirmBy', isoToCopenhagenLocal(summit.reconfirmBy))} errors={errorsOf(state, 'extend')} />
                <button type="submit" class="button button-secondary">{l.extend.submit}</button>
              </form>
            ) : null}
          </>
        ) : <p>{l.dashboard.none}</p>}
      </section>

      {canReschedule ? (
        <section aria-labelledby="reschedule-heading">
          <h2 id="reschedule-heading">{l.reschedule.heading}</h2>
          <p>{l.reschedule.intro}</p>
          <form method="post" action={`${base}/reschedule`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <div class="samskab-grid-form">
              <TextField name="startsAt" type="datetime-local" label={l.reschedule.startsAt} value={v('reschedule', 'startsAt', '')} errors={errorsOf(state, 'reschedule')} />
              <TextField name="endsAt" type="datetime-local" label={l.reschedule.endsAt} value={v('reschedule', 'endsAt', '')} errors={errorsOf(state, 'reschedule')} />
            </div>
            <TextField name="venue" label={l.reschedule.venue} value={v('reschedule', 'venue', summit.venue)} errors={errorsOf(state, 'reschedule')} />
            <div class="samskab-grid-form">
              <TextField name="reconfirmBy" type="datetime-local" label={l.reschedule.reconfirmBy} value={v('reschedule', 'reconfirmBy', '')} errors={errorsOf(state, 'reschedule')} />
              <TextField name="reminderDays" label={l.reschedule.reminderDays} value={v('reschedule', 'reminderDays', summit.reminderDays)} errors={errorsOf(state, 'reschedule')} />
            </div>
            <button type="submit" class="button button-primary">{l.reschedule.submit}</button>
          </form>
        </section>
      ) : null}

      {canPostpone ? (
        <section aria-labelledby="postpone-heading">
          <h2 id="postpone-heading">{l.postpone.heading}</h2>
          <p>{l.postpone.intro}</p>
          <form method="post" action={`${base}/postpone`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextArea name="reason" label={l.postpone.reason} value={v('postpone', 'reason', summit.status === 'postponed' ? summit.statusReason : '')} errors={errorsOf(state, 'postpone')} rows={3} />
            <TextField name="newDate" label={l.postpone.newDate} value={v('postpone', 'newDate', summit.tentativeDate)} errors={errorsOf(state, 'postpone')} />
            <button type="submit" class="button button-secondary">{l.postpone.submit}</button>
          </form>
        </section>
      ) : null}

      {canCancel ? (
        <section aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">{l.cancel.heading}</h2>
          <p>{l.cancel.intro}</p>
          <form method="post" action={`${base}/cancel`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextArea name="reason" label={l.cancel.reason} value={v('cancel', 'reason', '')} errors={errorsOf(state, 'cancel')} rows={3} />
            <button type="submit" class="button button-warning">{l.cancel.submit}</button>
          </form>
        </section>
      ) : null}
    </AdminPage>
  );
}

/**
 * The step before a change that mails people: what will happen and to how many, with the typed
 * values carried in hidden fields, so it works without JavaScript.
 */
export function LifecycleConfirmPage({ ctx, summit, change, audience, values }: {
  ctx: PageContext; summit: Summit; change: LifecycleChange; audience: LifecycleAudience; values: Record<string, string>;
}) {
  const l = ctx.t.lifecycle;
  const base = `/admin/summits/${summit.id}/lifecycle`;
  const action = change === 'postponed' ? 'postpone' : change === 'rescheduled' ? 'reschedule' : 'cancel';
  return (
    <AdminPage ctx={ctx} title={`${l.confirm.headings[change]} – ${summit.title}`} heading={l.confirm.headings[change]} summit={summit} section="lifecycle">
      <div class="alert alert-warning" role="status" tabindex={-1} data-notice id="confirm-notice">
        <div class="alert-body">
          <p class="alert-text">{l.confirm.told(audience.participants, audience.organisations)}{change === 'cancelled' ? ` ${l.confirm.irreversible}` : ''}</p>
        </div>
      </div>
      <form method="post" action={`${base}/${action}`}>
        <CsrfField token={ctx.csrfToken} />
        {Object.entries(values).filter(([name]) => name !== 'confirmed').map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <input type="hidden" name="confirmed" value="1" />
        <ul class="nobullet-list samskab-actions">
          <li><button type="submit" class={`button ${change === 'cancelled' ? 'button-warning' : 'button-primary'}`}>{l.confirm.submit[change]}</button></li>
          <li><a class="button button-secondary" href={base}>{l.confirm.back}</a></li>
        </ul>
      </form>
    </AdminPage>
  );
}
