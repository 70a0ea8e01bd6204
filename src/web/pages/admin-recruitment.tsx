// The coordinator's recruitment page: how the seats fill per group and organisation, the recruiter
// links (a new one is shown once), direct invitations, list import with its report, and everyone.
import type { Area } from '../../domain/area.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import { invitationStatuses } from '../../domain/invitation.ts';
import type { InvitationListPage, InvitationListQuery } from '../../domain/invitation-list.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, SelectField, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { Pagination } from '../pagination.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';
import { ScrollTable } from '../scroll-table.tsx';

export interface OccupancyCounts { quota: number; pending: number; confirmed: number; declined: number; expired: number; waitlisted: number; free: number }

export interface AdminRecruitmentView {
  summit: Summit;
  capacity: number;
  totals: Omit<OccupancyCounts, 'quota'>;
  groups: (OccupancyCounts & { id: string; name: string })[];
  organisations: (OccupancyCounts & { id: string; groupId: string; name: string; contactEmail: string; hasRecruiterLink: boolean })[];
  groupList: StakeholderGroup[];
  organisationList: Organisation[];
  areas: Area[];
  /** One page of everyone invited, as `query` asks. */
  invitations: InvitationListPage;
  invitedCount: number;
}

export interface NewLinkNotice { organisation: string; url: string; emailedTo: string | null }
export interface ImportReportView { valid: number; invalid: number; imported: number; rows: { row: number; name: string; email: string; errors: string[]; status?: string }[] }
export type RecruitmentNotice = 'invited' | 'waitlisted' | 'revoked';

function CountCells({ c }: { c: Omit<OccupancyCounts, 'quota'> & { quota?: number } }) {
  return (
    <>
      <td class="samskab-number">{c.quota ?? ''}</td><td class="samskab-number">{c.confirmed}</td><td class="samskab-number">{c.pending}</td>
      <td class="samskab-number">{c.free}</td><td class="samskab-number">{c.waitlisted}</td><td class="samskab-number">{c.declined}</td><td class="samskab-number">{c.expired}</td>
    </>
  );
}

/** The list's address with `query` (without empty values) and `changes` applied; the page anchors at the list. */
export function invitationListHref(summitId: string, query: InvitationListQuery, changes: Partial<InvitationListQuery> = {}): string {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.search) params.set('q', q.search);
  if (q.status) params.set('status', q.status);
  if (q.groupId) params.set('group', q.groupId);
  if (q.organisationId) params.set('organisation', q.organisationId);
  if (q.page && q.page > 1) params.set('page', String(q.page));
  const text = params.toString();
  return `/admin/summits/${summitId}/recruitment${text ? `?${text}` : ''}#invitations`;
}

function InvitationFilters({ ctx, view, query }: { ctx: PageContext; view: AdminRecruitmentView; query: InvitationListQuery }) {
  const p = ctx.t.participants;
  const statuses = ctx.t.registration.statuses;
  const select = (id: string, name: string, label: string, any: string, options: { value: string; label: string }[], value: string | undefined) => (
    <div class="form-group">
      <label class="form-label" for={id}>{label}</label>
      <select class="form-select" id={id} name={name}>
        <option value="">{any}</option>
        {options.map((o) => <option value={o.value} selected={o.value === value}>{o.label}</option>)}
      </select>
    </div>
  );
  const action = `/admin/summits/${view.summit.id}/recruitment#invitations`;
  return (
    <form method="get" action={action} class="samskab-grid-form" role="search" aria-label={ctx.t.registration.admin.invitationsSearch}>
      <div class="form-group">
        <label class="form-label" for="invitations-q">{p.search}</label>
        <input class="form-input" id="invitations-q" name="q" type="search" value={query.search ?? ''} autocomplete="off" />
      </div>
      {select('invitations-status', 'status', p.status, p.anyStatus, invitationStatuses.map((s) => ({ value: s, label: statuses[s] ?? s })), query.status)}
      {select('invitations-group', 'group', p.group, p.anyGroup, view.groupList.map((g) => ({ value: g.id, label: g.name })), query.groupId)}
      {select('invitations-organisation', 'organisation', p.organisation, p.anyOrganisation,
        view.organisationList.filter((o) => !query.groupId || o.groupId === query.groupId).map((o) => ({ value: o.id, label: o.name })), query.organisationId)}
      <div class="form-group samskab-actions">
        <button type="submit" class="button button-primary">{p.filter}</button>
        <a class="button button-secondary" href={action}>{p.clear}</a>
      </div>
    </form>
  );
}

export function AdminRecruitmentPage({ ctx, view, query = {}, newLink, report, notice, state }: {
  ctx: PageContext; view: AdminRecruitmentView; query?: InvitationListQuery; newLink?: NewLinkNotice; report?: ImportReportView; notice?: RecruitmentNotice; state?: FormState;
}) {
  const { t } = ctx;
  const a = t.registration.admin;
  const f = t.registration.fields;
  const { summit } = view;
  const base = `/admin/summits/${summit.id}/recruitment`;
  const heads = (
    <>
      <th scope="col" class="samskab-number">{a.quota}</th><th scope="col" class="samskab-number">{a.confirmed}</th><th scope="col" class="samskab-number">{a.pending}</th>
      <th scope="col" class="samskab-number">{a.free}</th><th scope="col" class="samskab-number">{a.waitlisted}</th><th scope="col" class="samskab-number">{a.declined}</th><th scope="col" class="samskab-number">{a.expired}</th>
    </>
  );
  const errors = errorsOf(state, 'invite');
  const groupName = (id: string) => view.groupList.find((g) => g.id === id)?.name ?? '';
  const organisationName = (id: string | null) => (id ? view.organisationList.find((o) => o.id === id)?.name ?? '' : a.direct);
  const noticeText = notice === 'invited' ? a.invitedNotice : notice === 'waitlisted' ? a.waitlistedNotice : notice === 'revoked' ? a.revoked : null;
  return (
    <AdminPage ctx={ctx} title={`${a.title} – ${summit.title}`} heading={a.title} summit={summit} section="recruitment" state={state}>
      {noticeText ? <div class="alert alert-success" role="status" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{noticeText}</p></div></div> : null}
      {newLink ? (
        <div class="alert alert-info" role="status">
          <div class="alert-body">
            <p class="alert-heading">{a.newLinkHeading(newLink.organisation)}</p>
            <p class="alert-text">{a.newLinkText}</p>
            <p class="alert-text"><code class="samskab-secret" id="new-recruiter-link">{newLink.url}</code>{' '}
              <button type="button" class="button button-secondary" data-copy="new-recruiter-link" hidden>{a.copyLink}</button></p>
            <p class="alert-text">{newLink.emailedTo ? a.emailed(newLink.emailedTo) : a.notEmailed}</p>
          </div>
        </div>
      ) : null}
      <p><a href={`/admin/summits/${summit.id}/outbox`}>{a.outboxLink}</a></p>

      <h2>{a.occupancyHeading}</h2>
      <p>{a.capacity(view.capacity)}</p>
      <ScrollTable label={a.occupancyCaption}><table class="table table--zebra">
          <caption>{a.occupancyCaption}</caption>
          <thead><tr><th scope="col">{f.group} / {f.organisation}</th>{heads}<th scope="col">{a.linksHeading}</th></tr></thead>
          <tbody>
            {view.groups.map((g) => (
              <>
                <tr class="samskab-group-row"><th scope="row"><strong>{g.name}</strong></th><CountCells c={g} /><td></td></tr>
                {view.organisations.filter((o) => o.groupId === g.id).map((o) => (
                  <tr>
                    <th scope="row" class="samskab-indent">{o.name}</th><CountCells c={o} />
                    <td>
                      <div class="samskab-actions">
                        <span>{o.hasRecruiterLink ? a.hasLink : a.noLink}</span>
                        <form method="post" action={`${base}/links/${o.id}`}>
                          <CsrfField token={ctx.csrfToken} />
                          <button type="submit" class="button button-secondary">{o.contactEmail ? a.createLink : a.createLinkNoEmail}<span class="sr-only"> {o.name}</span></button>
                        </form>
                        {o.hasRecruiterLink ? (
                          <form method="post" action={`${base}/links/${o.id}/revoke`}>
                            <CsrfField token={ctx.csrfToken} />
                            <button type="submit" class="button button-tertiary">{a.revokeLink}<span class="sr-only"> {o.name}</span></button>
                          </form>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </>
            ))}
            <tr><th scope="row"><strong>{a.total}</strong></th><CountCells c={{ ...view.totals, quota: view.capacity }} /><td></td></tr>
          </tbody>
        </table></ScrollTable>
      <p class="samskab-muted">{a.linksIntro}</p>

      <h2>{a.inviteHeading}</h2>
      <form method="post" action={`${base}/invitations`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <div class="samskab-grid-form">
          <TextField name="name" label={f.name} value={valueOf(state, 'invite', 'name', '')} errors={errors} required autocomplete="off" />
          <TextField name="email" type="email" label={f.email} value={valueOf(state, 'invite', 'email', '')} errors={errors} required autocomplete="off" />
          <TextField name="phone" type="tel" label={f.phone} value={valueOf(state, 'invite', 'phone', '')} errors={errors} autocomplete="off" />
          <SelectField name="groupId" label={f.group} value={valueOf(state, 'invite', 'groupId', view.groupList[0]?.id)} errors={errors}
            options={view.groupList.map((g) => ({ value: g.id, label: g.name }))} />
          <SelectField name="organisationId" label={f.organisation} value={valueOf(state, 'invite', 'organisationId', '')} errors={errors}
            options={[{ value: '', label: a.noOrganisation }, ...view.organisationList.map((o) => ({ value: o.id, label: `${o.name} (${groupName(o.groupId)})` }))]} />
        </div>
        <button type="submit" class="button button-primary">{a.invite}</button>
      </form>

      <h2>{a.importHeading}</h2>
      <p class="form-hint">{a.importHint}</p>
      <form method="post" action={`${base}/import`} enctype="multipart/form-data">
        <CsrfField token={ctx.csrfToken} />
        <div class="form-group">
          <label class="form-label" for="file">{a.file}</label>
          <input class="form-file-input" type="file" id="file" name="file" accept=".csv,.xlsx,text/csv" required />
        </div>
        <SelectField name="groupId" label={f.group} value={view.groupList[0]?.id} errors={{}} options={view.groupList.map((g) => ({ value: g.id, label: g.name }))} />
        <div class="form-group">
          <input class="form-checkbox" type="checkbox" id="onlyValid" name="onlyValid" value="on" />
          <label for="onlyValid">{a.onlyValid}</label>
        </div>
        <button type="submit" class="button button-primary">{a.importSubmit}</button>
      </form>
      {report ? (
        <section aria-labelledby="import-report">
          <h3 id="import-report">{a.reportHeading}</h3>
          <p>{a.reportSummary(report.valid, report.invalid, report.imported)}</p>
          {report.invalid > 0 && report.imported === 0 ? <div class="alert alert-warning"><div class="alert-body"><p class="alert-text">{a.nothingImported}</p></div></div> : null}
          <ScrollTable label={a.reportHeading}><table class="table table--zebra">
            <caption class="sr-only">{a.reportHeading}</caption>
            <thead><tr><th scope="col">{a.row}</th><th scope="col">{f.name}</th><th scope="col">{f.email}</th><th scope="col">{a.problems}</th><th scope="col">{f.status}</th></tr></thead>
            <tbody>
              {report.rows.map((r) => (
                <tr>
                  <td class="samskab-number">{r.row}</td><td>{r.name}</td><td>{r.email}</td>
                  <td>{r.errors.length ? r.errors.map((code) => a.importCodes[code] ?? t.errors.codes[code] ?? code).join('; ') : a.ok}</td>
                  <td>{r.status ? t.registration.statuses[r.status] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table></ScrollTable>
        </section>
      ) : null}

      <h2 id="invitations">{a.invitationsHeading}</h2>
      {view.invitedCount === 0 ? <p>{a.noInvitations}</p> : (
        <>
          <InvitationFilters ctx={ctx} view={view} query={query} />
          <p role="status">{t.participants.found(view.invitations.total, view.invitedCount)}</p>
          {view.invitations.rows.length === 0 ? <p>{a.noMatch}</p> : (
            <ScrollTable label={a.invitationsHeading}><table class="table table--zebra">
                <caption class="sr-only">{a.invitationsHeading}</caption>
                <thead><tr><th scope="col">{f.name}</th><th scope="col">{f.email}</th><th scope="col">{f.group}</th><th scope="col">{f.organisation}</th><th scope="col">{f.status}</th></tr></thead>
                <tbody>
                  {view.invitations.rows.map((i) => (
                    <tr><td>{i.name}</td><td>{i.email}</td><td>{groupName(i.groupId)}</td><td>{organisationName(i.organisationId)}</td><td>{t.registration.statuses[i.status]}</td></tr>
                  ))}
                </tbody>
              </table></ScrollTable>
          )}
          <Pagination t={t} label={a.invitationsPages} page={view.invitations.page} pages={view.invitations.pages}
            href={(page) => invitationListHref(summit.id, query, { page })} />
        </>
      )}
    </AdminPage>
  );
}
