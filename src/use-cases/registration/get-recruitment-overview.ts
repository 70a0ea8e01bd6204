// What the coordinator's recruitment page shows: how the seats fill per group and organisation,
// what can be chosen in its forms, and one page of everyone invited (searched and filtered).
// Every store is read once, side by side: the counts come aggregated from the database, and of the
// invitations only the columns the list shows.
import type { Area } from '../../domain/area.ts';
import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { SummitId } from '../../domain/ids.ts';
import { pageInvitations, type InvitationListPage, type InvitationListQuery } from '../../domain/invitation-list.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
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
  const [summit, groupList, organisationList, areas, counts, links, rows] = await Promise.all([
    stores.summits.find(summitId), stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId),
    stores.invitations.statusCounts(summitId), stores.recruiterLinks.listActiveForSummit(summitId, deps.clock.now()),
    stores.invitations.listRows(summitId, { status: query.status, groupId: query.groupId, organisationId: query.organisationId }),
  ]);
  if (!summit) throw new DomainError('not_found', { summitId });
  const occupancy = tallyOccupancy(summit, groupList, organisationList, counts, links);
  return {
    summit, capacity: occupancy.capacity, totals: occupancy.totals, groups: occupancy.groups, organisations: occupancy.organisations,
    groupList, organisationList, areas, invitations: pageInvitations(rows, query), invitedCount: counts.reduce((sum, c) => sum + c.count, 0),
  };
}
