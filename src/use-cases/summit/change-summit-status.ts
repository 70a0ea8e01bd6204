import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertTransition, type Summit, type SummitStatus } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

/**
 * Moves a summit to another status if the lifecycle allows it, and records the change.
 * A postponed summit keeps its old date on record but shows "dato mangler"; the reason is public.
 */
export async function changeSummitStatus(deps: Deps, access: Access, id: SummitId, to: SummitStatus, reason = ''): Promise<Summit> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(id);
    const summit = await stores.summits.find(id);
    if (!summit) throw new DomainError('not_found', { summitId: id });
    assertTransition(summit.status, to, summit);
    const now = deps.clock.now();
    const updated = await stores.summits.update(id, { status: to, statusReason: reason }, now);
    await stores.summits.recordStatusChange({ summitId: id, fromStatus: summit.status, toStatus: to, reason, actor, at: now });
    await stores.audit.append({ action: `summit.${to}`, actor, summitId: id, subjectType: 'summit', subjectId: id, data: { from: summit.status, reason } }, now);
    return updated;
  });
}
