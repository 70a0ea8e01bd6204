// Ends a helper's check-in link at once (a lost phone, a helper gone home).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export async function revokeCheckInLink(deps: Deps, access: Access, summitId: SummitId, linkId: string): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const now = deps.clock.now();
    if (!(await stores.checkIns.revokeLink(summitId, linkId, now))) throw new DomainError('not_found', { linkId });
    await stores.audit.append({ action: 'check_in_link.revoked', actor, summitId, subjectType: 'check_in_link', subjectId: linkId }, now);
  });
}
