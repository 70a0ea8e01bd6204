// /admin: every summit with its status, and the form that creates a new one (as a draft).
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, TextField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { ScrollTable } from '../scroll-table.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';

export function AdminSummitsPage({ ctx, summits, state }: { ctx: PageContext; summits: Summit[]; state?: FormState }) {
  const { t, lang } = ctx;
  const a = t.admin;
  const errors = errorsOf(state, 'summit');
  return (
    <AdminPage ctx={ctx} title={a.summitsHeading} state={state}>
      <ul class="nobullet-list">
        <li><a href="/admin/api-tokens">{a.nav.apiTokens}</a></li>
        <li><a href="/admin/privatliv">{t.privacyNotice.settings.nav}</a></li>
        <li><a href="/admin/indstillinger">{t.branding.nav}</a></li>
      </ul>
      {summits.length === 0 ? <p>{a.noSummits}</p> : (
        <ScrollTable label={a.summitsCaption}><table class="table table--zebra">
          <caption>{a.summitsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.summit.title}</th>
              <th scope="col">{a.status.heading}</th>
              <th scope="col">{a.summit.date}</th>
              <th scope="col" class="samskab-number">{a.summit.capacity}</th>
            </tr>
          </thead>
          <tbody>
            {summits.map((s) => (
              <tr>
                <th scope="row"><a href={`/admin/summits/${s.id}/dashboard`}>{s.title}</a>{s.isDemo ? <span class="samskab-muted"> ({a.summit.isDemo})</span> : null}</th>
                <td><span class={`samskab-status samskab-status-${s.status}`}>{t.status[s.status]}</span></td>
                <td>{s.startsAt && s.status !== 'postponed' ? formatDateTime(lang, s.startsAt) : a.none}</td>
                <td class="samskab-number">{s.capacity}</td>
              </tr>
            ))}
          </tbody>
        </table></ScrollTable>
      )}
      <h2>{a.createSummitHeading}</h2>
      <p>{a.createdAsDraft}</p>
      <form method="post" action="/admin/summits" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="title" label={a.summit.title} value={valueOf(state, 'summit', 'title', '')} errors={errors} required />
        <TextField name="capacity" type="number" min={1} label={a.summit.capacity} hint={a.summit.capacityHint} value={valueOf(state, 'summit', 'capacity', '')} errors={errors} required />
        <button type="submit" class="button button-primary">{a.createSummit}</button>
      </form>
    </AdminPage>
  );
}
