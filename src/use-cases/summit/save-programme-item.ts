import { DomainError } from '../../domain/errors.ts';
import type { ProgrammeItemId, SummitId } from '../../domain/ids.ts';
import type { ProgrammeItem } from '../../domain/programme.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export interface ProgrammeItemInput {
  title: string;
  startsAt?: string;
  endsAt?: string;
  description?: string;
  speakerName?: string;
  speakerTitle?: string;
  position?: number;
}

export async function createProgrammeItem(deps: Deps, access: Access, summitId: SummitId, input: ProgrammeItemInput): Promise<ProgrammeItem> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const existing = await stores.programme.list(summitId);
    const item = await stores.programme.create({
      summitId, title: input.title, startsAt: input.startsAt ?? '', endsAt: input.endsAt ?? '', description: input.description ?? '',
      speakerName: input.speakerName ?? '', speakerTitle: input.speakerTitle ?? '', position: input.position ?? existing.length,
    });
    await stores.audit.append({ action: 'programme_item.created', actor, summitId, subjectType: 'programme_item', subjectId: item.id, data: { title: item.title } }, deps.clock.now());
    return item;
  });
}

export async function updateProgrammeItem(deps: Deps, access: Access, id: ProgrammeItemId, changes: Partial<ProgrammeItemInput>): Promise<ProgrammeItem> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const existing = await stores.programme.find(id);
    if (!existing) throw new DomainError('not_found', { programmeItemId: id });
    const item = await stores.programme.update(id, changes);
    await stores.audit.append({ action: 'programme_item.updated', actor, summitId: existing.summitId, subjectType: 'programme_item', subjectId: id, data: { fields: Object.keys(changes) } }, deps.clock.now());
    return item;
  });
}

export async function deleteProgrammeItem(deps: Deps, access: Access, id: ProgrammeItemId): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const existing = await stores.programme.find(id);
    if (!existing) throw new DomainError('not_found', { programmeItemId: id });
    await stores.programme.remove(id);
    await stores.audit.append({ action: 'programme_item.deleted', actor, summitId: existing.summitId, subjectType: 'programme_item', subjectId: id, data: { title: existing.title } }, deps.clock.now());
  });
}
