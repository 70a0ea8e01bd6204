import { DomainError } from '../../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { assertOrganisationQuotasFitGroup } from '../../domain/quota.ts';
import type { OrganisationKind } from '../../domain/summit.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  groupId: GroupId;
  areaId?: AreaId | null;
  quota: number;
  contactEmail?: string;
  position?: number;
}

async function checkPlacement(stores: Stores, summitId: SummitId, groupId: GroupId, areaId: AreaId | null | undefined) {
  const group = await stores.groups.find(groupId);
  if (!group || group.summitId !== summitId) throw new DomainError('group_not_in_summit', { groupId });
  if (areaId) {
    const area = await stores.areas.find(areaId);
    if (!area || area.summitId !== summitId) throw new DomainError('area_not_in_summit', { areaId });
  }
  return group;
}

/** Adds a recruiting organisation; the quotas of a group's organisations never exceed the group's. */
export async function createOrganisation(deps: Deps, access: Access, summitId: SummitId, input: OrganisationInput): Promise<Organisation> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const group = await checkPlacement(stores, summitId, input.groupId, input.areaId);
    const siblings = await stores.organisations.listByGroup(group.id);
    assertOrganisationQuotasFitGroup(group.quota, [...siblings.map((o) => o.quota), input.quota]);
    const organisation = await stores.organisations.create({
      summitId, groupId: group.id, areaId: input.areaId ?? null, name: input.name, kind: input.kind,
      quota: input.quota, contactEmail: input.contactEmail ?? '', position: input.position ?? siblings.length,
    });
    await stores.audit.append({ action: 'organisation.created', actor, summitId, subjectType: 'organisation', subjectId: organisation.id, data: { name: organisation.name, quota: organisation.quota } }, deps.clock.now());
    return organisation;
  });
}

export async function updateOrganisation(deps: Deps, access: Access, id: OrganisationId, changes: Partial<OrganisationInput>): Promise<Organisation> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const existing = await stores.organisations.find(id);
    if (!existing) throw new DomainError('not_found', { organisationId: id });
    await stores.summits.lock(existing.summitId);
    const groupId = changes.groupId ?? existing.groupId;
    const group = await checkPlacement(stores, existing.summitId, groupId, changes.areaId);
    const siblings = (await stores.organisations.listByGroup(groupId)).filter((o) => o.id !== id);
    assertOrganisationQuotasFitGroup(group.quota, [...siblings.map((o) => o.quota), changes.quota ?? existing.quota]);
    const organisation = await stores.organisations.update(id, changes);
    await stores.audit.append({ action: 'organisation.updated', actor, summitId: existing.summitId, subjectType: 'organisation', subjectId: id, data: { ...changes } }, deps.clock.now());
    return organisation;
  });
}

export async function deleteOrganisation(deps: Deps, access: Access, id: OrganisationId): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const existing = await stores.organisations.find(id);
    if (!existing) throw new DomainError('not_found', { organisationId: id });
    await stores.organisations.remove(id);
    await stores.audit.append({ action: 'organisation.deleted', actor, summitId: existing.summitId, subjectType: 'organisation', subjectId: id, data: { name: existing.name } }, deps.clock.now());
  });
}
