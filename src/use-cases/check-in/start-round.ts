// The coordinator tells Samskab that a round has begun; from then on "Planlæg efter fremmøde"
// leaves that round (and every earlier one) as it is.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

/** Sets how many rounds are under way or over (0 undoes a mistaken start of the first). */
export async function startRound(deps: Deps, access: Access, summitId: SummitId, roundsStarted: number): Promise<number> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const plan = await stores.seatingPlans.findPublished(summitId);
    const rounds = plan?.settings.rounds ?? 1;
    if (!Number.isInteger(roundsStarted) || roundsStarted < 0 || roundsStarted > rounds) throw new DomainError('validation_failed', { roundsStarted, rounds });
    const now = deps.clock.now();
    await stores.checkIns.setRoundsStarted(summitId, roundsStarted, now);
    await stores.audit.append({ action: 'summit_day.rounds_started', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { roundsStarted } }, now);
    return roundsStarted;
  });
}
