// What the coordinator's recruitment page shows: how the seats fill per group and organisation,
// what can be chosen in its forms, and one page of everyone invited (searched and filtered).
// Every store is read once, side by side: the counts come aggregated from the database, and of the
// invitations only the columns the list shows, and only the page shown (but for a search on SQLite,
// which cannot fold Danish text and reads the rows that pass the filters to search them here).
import type { Area } from '../../domain/area.ts';
import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { SummitId } from '../../domain/ids.ts';
import { invitationListPageSize, pageInvitations, type InvitationListFilter, type InvitationListPage, type InvitationListQuery } from '../../domain/invitation-list.ts';
import { pageSpan } from '../../domain/participant-list.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, InvitationStatusCount } from '../../ports.ts';
import { tallyOccupancy, type Occupancy } from './get-occupancy.ts';

export interface RecruitmentOverview extends Pick<Occupancy, 'capacity' | 'totals' | 'groups' | 'organisations'> {
  summit: Summit;
  groupList: StakeholderGroup[];
  organisationList: Organisation[];
  areas: Area[];
  /** The page of the invitation list that `query` asks for. */
  invitations: InvitationListPage;
  /** How many are invited in all, whatever the search and filters. */
  invitedCount: number;
}

/** The summit's recruitment at a glance; throws not_found. */
export async function getRecruitmentOverview(deps: Deps, summitId: SummitId, query: InvitationListQuery = {}): Promise<RecruitmentOverview> {
  const { stores } = deps.db;
  const filter = { status: query.status, groupId: query.groupId, organisationId: query.organisationId };
  const [summit, groupList, organisationList, areas, counts, links, searched] = await Promise.all([
    stores.summits.find(summitId), stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId),
    stores.invitations.statusCounts(summitId), stores.recruiterLinks.listActiveForSummit(summitId, deps.clock.now()),
    // A search is counted and paged by the database where it folds Danish text (PostgreSQL);
    // without one, the counts say how many pass and the database reads only the page.
    query.search ? stores.invitations.searchPage(summitId, filter, query.search, query.page, query.pageSize ?? invitationListPageSize) : undefined,
  ]);
  if (!summit) throw new DomainError('not_found', { summitId });
  const occupancy = tallyOccupancy(summit, groupList, organisationList, counts, links);
  return {
    summit, capacity: occupancy.capacity, totals: occupancy.totals, groups: occupancy.groups, organisations: occupancy.organisations,
    groupList, organisationList, areas, invitedCount: counts.reduce((sum, c) => sum + c.count, 0),
    invitations: searched ?? (query.search ? pageInvitations(await stores.invitations.listRows(summitId, filter), query) : await pageFromDatabase(deps, summitId, filter, query, counts)),
  };
}

async function pageFromDatabase(deps: Deps, summitId: SummitId, filter: InvitationListFilter, query: InvitationListQuery, counts: readonly InvitationStatusCount[]): Promise<InvitationListPage> {
  const passes = (c: InvitationStatusCount) => (!filter.status || c.status === filter.status) && (!filter.groupId || c.groupId === filter.groupId)
    && (!filter.organisationId || c.organisationId === filter.organisationId);
  const total = counts.reduce((sum, c) => (passes(c) ? sum + c.count : sum), 0);
  const { offset, ...span } = pageSpan(total, query.page, query.pageSize ?? invitationListPageSize);
  const rows = total === 0 ? [] : await deps.db.stores.invitations.listRows(summitId, filter, { offset, limit: span.pageSize });
  return { rows, total, ...span };
}
