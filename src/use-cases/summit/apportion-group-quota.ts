import { apportionSeats, type ApportionmentMethod } from '../../domain/apportion.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId } from '../../domain/ids.ts';
import type { OrganisationKind } from '../../domain/summit.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export interface ApportionmentRow {
  areaId: AreaId;
  areaName: string;
  population: number;
  exactQuota: number;
  seats: number;
  organisationId: OrganisationId | null;
  organisationName: string;
  currentQuota: number | null;
}

export interface ApportionmentProposal {
  groupId: GroupId;
  method: ApportionmentMethod;
  minimum: number;
  seats: number;
  rows: ApportionmentRow[];
}

const defaultKindFor = (groupName: string): OrganisationKind =>
  /skole|dagins/i.test(groupName) ? 'institution' : 'local_forum';

async function propose(stores: Stores, groupId: GroupId, method: ApportionmentMethod, minimum: number): Promise<ApportionmentProposal> {
  const group = await stores.groups.find(groupId);
  if (!group) throw new DomainError('not_found', { groupId });
  const areas = await stores.areas.list(group.summitId);
  if (areas.length === 0) throw new DomainError('no_areas_to_apportion', { groupId });
  const organisations = await stores.organisations.listByGroup(groupId);
  const result = apportionSeats(areas.map((a) => ({ key: a.id, population: a.population })), { method, seats: group.quota, minimumPerClaim: minimum });
  if (!result.ok) throw new DomainError('apportionment_impossible', { reason: result.error, seats: group.quota, areas: areas.length, minimum });
  const rows = areas.map((area, i) => {
    const organisation = organisations.find((o) => o.areaId === area.id);
    const share = result.seats[i];
    return {
      areaId: area.id, areaName: area.name, population: area.population, exactQuota: share.exactQuota, seats: share.seats,
      organisationId: organisation?.id ?? null,
      organisationName: organisation?.name ?? `${defaultKindFor(group.name) === 'institution' ? 'Skoler og dagtilbud' : 'Lokalforum'} ${area.name}`,
      currentQuota: organisation?.quota ?? null,
    };
  });
  return { groupId, method, minimum, seats: group.quota, rows };
}

/** Proposes how a group's seats divide over the areas; changes nothing. */
export async function proposeApportionment(deps: Deps, groupId: GroupId, method: ApportionmentMethod, minimum = 0): Promise<ApportionmentProposal> {
  return propose(deps.db.stores, groupId, method, minimum);
}

/**
 * Accepts a proposal, or the coordinator's override of it (seats per area): each area's
 * organisation in the group gets that quota, and missing local forums are created. The sum of
 * the overrides must fit the group's quota.
 */
export async function applyApportionment(deps: Deps, access: Access, groupId: GroupId, method: ApportionmentMethod, minimum = 0,
  overrides: Partial<Record<AreaId, number>> = {}): Promise<ApportionmentProposal> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const group = await stores.groups.find(groupId);
    if (!group) throw new DomainError('not_found', { groupId });
    await stores.summits.lock(group.summitId);
    const proposal = await propose(stores, groupId, method, minimum);
    const rows = proposal.rows.map((r) => ({ ...r, seats: overrides[r.areaId] ?? r.seats }));
    const areaOrganisationIds = new Set(rows.map((r) => r.organisationId).filter(Boolean));
    const others = (await stores.organisations.listByGroup(groupId)).filter((o) => !areaOrganisationIds.has(o.id));
    const total = rows.reduce((s, r) => s + r.seats, 0) + others.reduce((s, o) => s + o.quota, 0);
    if (total > group.quota) throw new DomainError('organisation_quotas_exceed_group_quota', { groupQuota: group.quota, total });
    const kind = defaultKindFor(group.name);
    for (const [i, row] of rows.entries()) {
      if (row.organisationId) {
        await stores.organisations.update(row.organisationId, { quota: row.seats });
      } else {
        const created = await stores.organisations.create({
          summitId: group.summitId, groupId, areaId: row.areaId, name: row.organisationName, kind, quota: row.seats, contactEmail: '', position: i,
        });
        row.organisationId = created.id;
      }
      row.currentQuota = row.seats;
    }
    await stores.groups.update(groupId, { apportionmentMethod: method, apportionmentMinimum: minimum });
    await stores.audit.append({ action: 'group.apportioned', actor, summitId: group.summitId, subjectType: 'group', subjectId: groupId,
      data: { method, minimum, overridden: Object.keys(overrides).length, seats: Object.fromEntries(rows.map((r) => [r.areaName, r.seats])) } }, deps.clock.now());
    return { ...proposal, rows };
  });
}
