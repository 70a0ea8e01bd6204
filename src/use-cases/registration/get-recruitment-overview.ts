// What the coordinator's recruitment page shows: how the seats fill per group and organisation,
// what can be chosen in its forms, and every invitation.
import type { Area } from '../../domain/area.ts';
import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation } from '../../domain/invitation.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { getOccupancy, listInvitations, type Occupancy } from './get-occupancy.ts';

export interface RecruitmentOverview extends Pick<Occupancy, 'capacity' | 'totals' | 'groups' | 'organisations'> {
  summit: Summit;
  groupList: StakeholderGroup[];
  organisationList: Organisation[];
  areas: Area[];
  invitations: Invitation[];
}

/** The summit's recruitment at a glance; throws not_found. */
export async function getRecruitmentOverview(deps: Deps, summitId: SummitId): Promise<RecruitmentOverview> {
  const { stores } = deps.db;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [occupancy, groupList, organisationList, areas, invitations] = await Promise.all([
    getOccupancy(deps, summitId), stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId), listInvitations(deps, summitId),
  ]);
  return { summit, capacity: occupancy.capacity, totals: occupancy.totals, groups: occupancy.groups, organisations: occupancy.organisations, groupList, organisationList, areas, invitations };
}
