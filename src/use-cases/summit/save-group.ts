import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { GroupId, SummitId } from '../../domain/ids.ts';
import { assertGroupQuotaCoversOrganisations, assertGroupQuotasFitCapacity } from '../../domain/quota.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import type { ApportionmentMethod } from '../../domain/apportion.ts';

export interface GroupInput {
  name: string;
  quota: number;
  description?: string;
  followsTables?: boolean;
  isFacilitators?: boolean;
  position?: number;
  apportionmentMethod?: ApportionmentMethod | null;
  apportionmentMinimum?: number;
}

async function summitOrThrow(stores: Stores, id: SummitId) {
  await stores.summits.lock(id);
  const summit = await stores.summits.find(id);
  if (!summit) throw new DomainError('not_found', { summitId: id });
  return summit;
}

/** Adds a stakeholder group; the group quotas together never exceed the summit's capacity. */
export async function createGroup(deps: Deps, access: Access, summitId: SummitId, input: GroupInput): Promise<StakeholderGroup> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const summit = await summitOrThrow(stores, summitId);
    const groups = await stores.groups.list(summitId);
    assertGroupQuotasFitCapacity(summit.capacity, [...groups.map((g) => g.quota), input.quota]);
    const group = await stores.groups.create({
      summitId,
      name: input.name,
      description: input.description ?? '',
      quota: input.quota,
      position: input.position ?? groups.length,
      followsTables: input.followsTables ?? input.isFacilitators ?? false,
      isFacilitators: input.isFacilitators ?? false,
      apportionmentMethod: input.apportionmentMethod ?? null,
      apportionmentMinimum: input.apportionmentMinimum ?? 0,
    });
    await stores.audit.append({ action: 'group.created', actor, summitId, subjectType: 'group', subjectId: group.id, data: { name: group.name, quota: group.quota } }, deps.clock.now());
    return group;
  });
}

/** Changes a group; its quota stays within capacity and above its organisations' quotas. */
export async function updateGroup(deps: Deps, access: Access, id: GroupId, changes: Partial<GroupInput>): Promise<StakeholderGroup> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const existing = await stores.groups.find(id);
    if (!existing) throw new DomainError('not_found', { groupId: id });
    const summit = await summitOrThrow(stores, existing.summitId);
    if (changes.quota !== undefined) {
      const others = (await stores.groups.list(summit.id)).filter((g) => g.id !== id);
      assertGroupQuotasFitCapacity(summit.capacity, [...others.map((g) => g.quota), changes.quota]);
      const organisations = await stores.organisations.listByGroup(id);
      assertGroupQuotaCoversOrganisations(changes.quota, organisations.map((o) => o.quota));
    }
    const group = await stores.groups.update(id, changes);
    await stores.audit.append({ action: 'group.updated', actor, summitId: summit.id, subjectType: 'group', subjectId: id, data: { ...changes } }, deps.clock.now());
    return group;
  });
}

export async function deleteGroup(deps: Deps, access: Access, id: GroupId): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const existing = await stores.groups.find(id);
    if (!existing) throw new DomainError('not_found', { groupId: id });
    await stores.summits.lock(existing.summitId);
    await stores.groups.remove(id);
    await stores.audit.append({ action: 'group.deleted', actor, summitId: existing.summitId, subjectType: 'group', subjectId: id, data: { name: existing.name } }, deps.clock.now());
  });
}
