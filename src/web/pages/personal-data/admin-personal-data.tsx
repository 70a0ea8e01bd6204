// A summit's personal-data page for the coordinator: when the data goes (or that it stays while
// the summit runs), the retention period, an archive copy to take before, and the one
// postponement with its reason. The notice on every page of the summit when the date is near is
// RetentionNotice, shown by the shell.
import type { Summit } from '../../../domain/summit.ts';
import type { RetentionView } from '../../../use-cases/personal-data/summit-retention.ts';
import { CsrfField, TextArea, TextField } from '../../form-fields.tsx';
import { formatDate, formatDateTime } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

export const personalDataPath = (summitId: string) => `/admin/summits/${summitId}/personal-data`;

export function AdminPersonalDataPage({ ctx, summit, retention, saved, state }: {
  ctx: PageContext; summit: Summit; retention: RetentionView; saved: boolean; state?: FormState;
}) {
  const r = ctx.t.retention;
  const base = personalDataPath(summit.id);
  const purged = retention.purgedAt !== null;
  return (
    <AdminPage ctx={ctx} title={`${r.title} – ${summit.title}`} heading={r.title} summit={summit} section="personalData" saved={saved} state={state}>
      <p>{r.intro}</p>

      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{r.schedule.heading}</h2>
        <dl class="samskab-facts">
          <dt>{r.schedule.period}</dt>
          <dd>{r.schedule.periodValue(retention.retentionDays)}</dd>
          {retention.postponedDays > 0 ? (
            <>
              <dt>{r.schedule.postponed}</dt>
              <dd>{r.schedule.postponedValue(retention.postponedDays, retention.postponeReason)}</dd>
            </>
          ) : null}
          {purged ? (
            <>
              <dt>{r.schedule.purgedAt}</dt>
              <dd>{formatDateTime(ctx.lang, retention.purgedAt!)}</dd>
            </>
          ) : (
            <>
              <dt>{r.schedule.dueAt}</dt>
              <dd data-due>{retention.dueAt ? formatDateTime(ctx.lang, retention.dueAt) : r.schedule.notEnded}</dd>
            </>
          )}
        </dl>
        {purged ? <p>{r.schedule.purged(formatDate(ctx.lang, retention.purgedAt!))}</p> : null}
      </section>

      {purged ? null : (
        <>
          <section aria-labelledby="change-heading">
            <h2 id="change-heading">{r.change.heading}</h2>
            <form method="post" action={`${base}/retention`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextField name="retentionDays" type="number" min={1} label={r.change.days} hint={r.change.hint}
                value={valueOf(state, 'retention', 'retentionDays', retention.retentionDays)} errors={errorsOf(state, 'retention')} required />
              <button type="submit" class="button button-secondary">{r.change.save}</button>
            </form>
          </section>

          <section aria-labelledby="archive-heading">
            <h2 id="archive-heading">{r.archive.heading}</h2>
            <p>{r.archive.intro}</p>
            <ul class="nobullet-list samskab-actions">
              <li><a class="button button-secondary" href={`${base}/archive.xlsx`} download>{r.archive.xlsx}</a></li>
              <li><a class="button button-secondary" href={`${base}/archive.json`} download>{r.archive.json}</a></li>
            </ul>
          </section>

          <section aria-labelledby="postpone-heading">
            <h2 id="postpone-heading">{r.postpone.heading}</h2>
            {retention.postponedDays > 0 && retention.postponedAt ? <p>{r.postpone.already(formatDate(ctx.lang, retention.postponedAt))}</p> : (
              <>
                <p>{r.postpone.intro}</p>
                <form method="post" action={`${base}/postpone`} novalidate>
                  <CsrfField token={ctx.csrfToken} />
                  <TextField name="days" type="number" min={1} label={r.postpone.days} hint={r.postpone.daysHint}
                    value={valueOf(state, 'postpone', 'days', '')} errors={errorsOf(state, 'postpone')} required />
                  <TextArea name="reason" label={r.postpone.reason} hint={r.postpone.reasonHint} rows={2}
                    value={valueOf(state, 'postpone', 'reason', '')} errors={errorsOf(state, 'postpone')} required />
                  <button type="submit" class="button button-secondary">{r.postpone.submit}</button>
                </form>
              </>
            )}
          </section>
        </>
      )}
    </AdminPage>
  );
}
