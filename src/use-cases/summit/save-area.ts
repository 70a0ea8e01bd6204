import type { Area } from '../../domain/area.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AreaId, SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export interface AreaInput {
  name: string;
  population: number;
  mainTown?: string;
  position?: number;
}

/** The summit's local areas. */
export async function listAreas(deps: Deps, summitId: SummitId): Promise<Area[]> {
  return deps.db.stores.areas.list(summitId);
}

export async function createArea(deps: Deps, access: Access, summitId: SummitId, input: AreaInput): Promise<Area> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const existing = await stores.areas.list(summitId);
    const area = await stores.areas.create({ summitId, name: input.name, population: input.population, mainTown: input.mainTown ?? '', position: input.position ?? existing.length });
    await stores.audit.append({ action: 'area.created', actor, summitId, subjectType: 'area', subjectId: area.id, data: { name: area.name, population: area.population } }, deps.clock.now());
    return area;
  });
}

export async function updateArea(deps: Deps, access: Access, id: AreaId, changes: Partial<AreaInput>): Promise<Area> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const existing = await stores.areas.find(id);
    if (!existing) throw new DomainError('not_found', { areaId: id });
    const area = await stores.areas.update(id, changes);
    await stores.audit.append({ action: 'area.updated', actor, summitId: existing.summitId, subjectType: 'area', subjectId: id, data: { ...changes } }, deps.clock.now());
    return area;
  });
}

export async function deleteArea(deps: Deps, access: Access, id: AreaId): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const existing = await stores.areas.find(id);
    if (!existing) throw new DomainError('not_found', { areaId: id });
    await stores.areas.remove(id);
    await stores.audit.append({ action: 'area.deleted', actor, summitId: existing.summitId, subjectType: 'area', subjectId: id, data: { name: existing.name } }, deps.clock.now());
  });
}
