// How the seats fill: per organisation, per group and for the whole summit.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import { invitationStatuses, type Invitation, type InvitationStatus, type RecruiterLink } from '../../domain/invitation.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, InvitationStatusCount } from '../../ports.ts';

export type StatusTally = Record<InvitationStatus, number>;

const emptyTally = (): StatusTally => Object.fromEntries(invitationStatuses.map((s) => [s, 0])) as StatusTally;

export interface OccupancyRow extends StatusTally {
  id: string;
  name: string;
  quota: number;
  /** Seats still free: quota − pending − confirmed. */
  free: number;
}

export interface Occupancy {
  summitId: string;
  capacity: number;
  totals: StatusTally & { free: number };
  groups: OccupancyRow[];
  organisations: (OccupancyRow & { groupId: string; contactEmail: string; hasRecruiterLink: boolean })[];
  /** Direct invitations of a group without an organisation. */
  direct: (StatusTally & { groupId: string })[];
}

export async function getOccupancy(deps: Deps, summitId: SummitId): Promise<Occupancy> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [groups, organisations, counts, liveLinks] = await Promise.all([
    stores.groups.list(summitId), stores.organisations.list(summitId), stores.invitations.statusCounts(summitId),
    stores.recruiterLinks.listActiveForSummit(summitId, deps.clock.now()),
  ]);
  return tallyOccupancy(summit, groups, organisations, counts, liveLinks);
}

/** The occupancy from what the stores read: the counts per group, organisation and status. */
export function tallyOccupancy(summit: Summit, groups: readonly StakeholderGroup[], organisations: readonly Organisation[],
  counts: readonly InvitationStatusCount[], liveLinks: readonly RecruiterLink[]): Occupancy {
  const summitId = summit.id;
  const byGroup = new Map(groups.map((g) => [g.id as string, emptyTally()]));
  const byOrganisation = new Map(organisations.map((o) => [o.id as string, emptyTally()]));
  const direct = new Map<string, StatusTally>();
  const totals = emptyTally();
  for (const c of counts) {
    totals[c.status] += c.count;
    const g = byGroup.get(c.groupId);
    if (g) g[c.status] += c.count;
    if (c.organisationId) {
      const o = byOrganisation.get(c.organisationId);
      if (o) o[c.status] += c.count;
    } else {
      const d = direct.get(c.groupId) ?? emptyTally();
      d[c.status] += c.count;
      direct.set(c.groupId, d);
    }
  }
  const free = (quota: number, t: StatusTally) => Math.max(0, quota - t.pending - t.confirmed);
  const linked = new Set(liveLinks.map((l) => l.organisationId as string));
  return {
    summitId,
    capacity: summit.capacity,
    totals: { ...totals, free: free(summit.capacity, totals) },
    groups: groups.map((g) => {
      const t = byGroup.get(g.id)!;
      return { id: g.id, name: g.name, quota: g.quota, ...t, free: free(g.quota, t) };
    }),
    organisations: organisations.map((o) => {
      const t = byOrganisation.get(o.id)!;
      return { id: o.id, groupId: o.groupId, name: o.name, quota: o.quota, contactEmail: o.contactEmail, hasRecruiterLink: linked.has(o.id), ...t, free: free(o.quota, t) };
    }),
    direct: [...direct.entries()].map(([groupId, t]) => ({ groupId, ...t })),
  };
}

export async function listInvitations(deps: Deps, summitId: SummitId): Promise<Invitation[]> {
  if (!(await deps.db.stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  return deps.db.stores.invitations.listBySummit(summitId);
}
