// Restores an older version as the newest one (a copy, so the history stays as it was), scored
// against today's confirmed participants.
import { DomainError } from '../../domain/errors.ts';
import type { SeatingPlan, SeatingPlanId } from '../../domain/seating-plan.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { scoreSeatingPlan } from './score-seating-plan.ts';

export async function restoreSeatingPlan(deps: Deps, access: Access, planId: SeatingPlanId): Promise<SeatingPlan> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    const old = await stores.seatingPlans.find(planId);
    if (!old) throw new DomainError('not_found', { planId });
    await stores.summits.lock(old.summitId);
    if (old.status !== 'done') throw new DomainError('seating_plan_not_done', { planId });
    const scored = await scoreSeatingPlan(stores, old);
    const plan = await stores.seatingPlans.create({
      summitId: old.summitId, status: 'done', source: 'restored', basedOnId: old.id, settings: old.settings, absent: old.absent,
      fromRound: old.fromRound, rounds: old.rounds, score: scored.score, violations: scored.violations, locks: old.locks,
      progress: 1, bestCost: null, error: '', createdBy: actor,
    }, now);
    await stores.audit.append({ action: 'seating_plan.restored', actor, summitId: old.summitId, subjectType: 'seating_plan', subjectId: plan.id, data: { from: old.version, version: plan.version } }, now);
    return plan;
  });
}
