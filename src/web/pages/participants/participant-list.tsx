// /admin/summits/:id/participants ("Deltagere"): everyone put forward for the summit, searchable
// and filterable by status, group, organisation, area and need, sortable by column, in pages of 50.
// The filters are a GET form, so every view has its own address and works without JavaScript.
import { invitationStatuses } from '../../../domain/invitation.ts';
import { dayListKinds, participantNeeds, type ParticipantQuery, type ParticipantRow, type ParticipantSort } from '../../../domain/participant-list.ts';
import type { ParticipantListView } from '../../../use-cases/participants/list-participants.ts';
import { formatDate } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage } from '../admin-shell.tsx';

const listUrl = (summitId: string) => `/admin/summits/${summitId}/participants`;

/** The query as URL parameters, without empty ones, with `changes` applied. */
function href(summitId: string, query: ParticipantQuery, changes: Partial<ParticipantQuery>): string {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.search) params.set('q', q.search);
  if (q.status) params.set('status', q.status);
  if (q.groupId) params.set('group', q.groupId);
  if (q.organisationId) params.set('organisation', q.organisationId);
  if (q.areaId) params.set('area', q.areaId);
  if (q.need) params.set('need', q.need);
  if (q.sort && q.sort !== 'name') params.set('sort', q.sort);
  if (q.descending) params.set('dir', 'desc');
  if (q.page && q.page > 1) params.set('page', String(q.page));
  const text = params.toString();
  return `${listUrl(summitId)}${text ? `?${text}` : ''}`;
}

function Filters({ ctx, view, query }: { ctx: PageContext; view: ParticipantListView; query: ParticipantQuery }) {
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
  return (
    <form method="get" action={listUrl(view.summit.id)} class="samskab-grid-form" role="search" aria-label={p.search}>
      <div class="form-group">
        <label class="form-label" for="q">{p.search}</label>
        <input class="form-input" id="q" name="q" type="search" value={query.search ?? ''} autocomplete="off" />
      </div>
      {select('status', 'status', p.status, p.anyStatus,
        invitationStatuses.map((s) => ({ value: s, label: `${statuses[s] ?? s} (${view.page.byStatus[s] ?? 0})` })), query.status)}
      {select('group', 'group', p.group, p.anyGroup, view.groups.map((g) => ({ value: g.id, label: g.name })), query.groupId)}
      {select('organisation', 'organisation', p.organisation, p.anyOrganisation,
        view.organisations.filter((o) => !query.groupId || o.groupId === query.groupId).map((o) => ({ value: o.id, label: o.name })), query.organisationId)}
      {select('area', 'area', p.area, p.anyArea, view.areas.map((a) => ({ value: a.id, label: a.name })), query.areaId)}
      {select('need', 'need', p.need, p.anyNeed, participantNeeds.map((n) => ({ value: n, label: p.needs[n] ?? n })), query.need)}
      {query.sort && query.sort !== 'name' ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.descending ? <input type="hidden" name="dir" value="desc" /> : null}
      <div class="form-group samskab-actions">
        <button type="submit" class="button button-primary">{p.filter}</button>
        <a class="button button-secondary" href={listUrl(view.summit.id)}>{p.clear}</a>
      </div>
    </form>
  );
}

function SortHeader({ ctx, view, query, sort, label }: { ctx: PageContext; view: ParticipantListView; query: ParticipantQuery; sort: ParticipantSort; label: string }) {
  const current = (query.sort ?? 'name') === sort;
  const descending = current && !!query.descending;
  return (
    <th scope="col" aria-sort={current ? (descending ? 'descending' : 'ascending') : undefined}>
      <a href={href(view.summit.id, query, { sort, descending: current ? !descending : false, page: 1 })}>
        {label}<span class="sr-only"> – {ctx.t.participants.sortBy(label)}</span>{current ? <span aria-hidden="true">{descending ? ' ▼' : ' ▲'}</span> : null}
      </a>
    </th>
  );
}

function Needs({ ctx, row }: { ctx: PageContext; row: ParticipantRow }) {
  const p = ctx.t.participants;
  const items = [row.dietNeeds.trim() && p.diet(row.dietNeeds.trim()), row.accessibilityNeeds.trim() && p.accessibility(row.accessibilityNeeds.trim()), !row.consentPhotos && p.noPhoto].filter(Boolean);
  return items.length ? <ul class="samskab-needs">{items.map((item) => <li>{item}</li>)}</ul> : null;
}

function Pages({ ctx, view, query }: { ctx: PageContext; view: ParticipantListView; query: ParticipantQuery }) {
  const p = ctx.t.participants;
  const { page, pages } = view.page;
  if (pages <= 1) return null;
  return (
    <nav aria-label={p.pagination} class="samskab-actions samskab-pages">
      {page > 1 ? <a class="button button-secondary" href={href(view.summit.id, query, { page: page - 1 })} rel="prev">{p.previous}</a> : null}
      <span aria-current="page">{p.page(page, pages)}</span>
      {page < pages ? <a class="button button-secondary" href={href(view.summit.id, query, { page: page + 1 })} rel="next">{p.next}</a> : null}
    </nav>
  );
}

function DayLists({ ctx, summitId }: { ctx: PageContext; summitId: string }) {
  const p = ctx.t.participants;
  return (
    <section aria-labelledby="lists-heading">
      <h2 id="lists-heading">{p.listsHeading}</h2>
      <p>{p.listsIntro}</p>
      <ul class="nobullet-list">
        {dayListKinds.map((list) => (
          <li class="samskab-actions">
            <span>{p.lists[list]}:</span>
            {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
              <a href={`${listUrl(summitId)}/lists/${list}.${format}`} download>
                {format.toUpperCase()}<span class="sr-only"> – {p.download(p.lists[list] ?? list, format.toUpperCase())}</span>
              </a>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ParticipantListPage({ ctx, view, query }: { ctx: PageContext; view: ParticipantListView; query: ParticipantQuery }) {
  const p = ctx.t.participants;
  const statuses = ctx.t.registration.statuses;
  const everyone = Object.values(view.page.byStatus).reduce((a, b) => a + (b ?? 0), 0);
  const base = listUrl(view.summit.id);
  return (
    <AdminPage ctx={ctx} title={p.title} summit={view.summit} section="participants">
      <p>{p.intro}</p>
      <Filters ctx={ctx} view={view} query={query} />
      <p role="status">{p.found(view.page.total, query.status ? everyone : view.page.total)}</p>
      {view.page.rows.length === 0 ? <p>{p.none}</p> : (
        <div class="table--responsive-scroll">
          <table class="table table--compact samskab-participants">
            <caption class="sr-only">{p.caption}</caption>
            <thead>
              <tr>
                <SortHeader ctx={ctx} view={view} query={query} sort="name" label={p.name} />
                <SortHeader ctx={ctx} view={view} query={query} sort="status" label={p.status} />
                <SortHeader ctx={ctx} view={view} query={query} sort="group" label={p.group} />
                <SortHeader ctx={ctx} view={view} query={query} sort="organisation" label={p.from} />
                <th scope="col">{p.needsColumn}</th>
                <SortHeader ctx={ctx} view={view} query={query} sort="answered" label={p.answered} />
              </tr>
            </thead>
            <tbody>
              {view.page.rows.map((row) => (
                <tr>
                  <td><a href={`${base}/${row.id}`}>{row.name}</a><br /><span class="samskab-muted">{row.email}</span></td>
                  <td>{statuses[row.status] ?? row.status}{row.checkedInAt ? <><br /><span class="samskab-muted">{p.arrived}</span></> : null}</td>
                  <td>{row.groupName}</td>
                  <td>{row.organisationName ?? row.areaName ?? ''}</td>
                  <td><Needs ctx={ctx} row={row} /></td>
                  <td>{row.answeredAt ? formatDate(ctx.lang, row.answeredAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pages ctx={ctx} view={view} query={query} />
      <DayLists ctx={ctx} summitId={view.summit.id} />
    </AdminPage>
  );
}
