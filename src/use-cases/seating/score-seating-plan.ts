// The live score of a plan against today's confirmed participants: what a manual edit shows at
// once, and what publishing checks again (someone may have cancelled since the plan was made).
import type { SeatingPlan, SeatingRound, SeatingScoreSummary, SeatingViolation } from '../../domain/seating-plan.ts';
import type { Stores } from '../../ports.ts';
import { scorePlan } from '../../solver/score.ts';
import { buildSeatingProblem } from './build-seating-problem.ts';

export async function scoreSeatingPlan(stores: Stores, plan: SeatingPlan, rounds: SeatingRound[] = plan.rounds): Promise<{ score: SeatingScoreSummary; violations: SeatingViolation[] }> {
  const roster = await stores.seatingRoster.listConfirmed(plan.summitId);
  // A re-planned version (or an edit or copy of one) keeps its absent people and frozen rounds.
  const replan = plan.absent.length > 0 || plan.fromRound > 1
    ? { previous: plan.rounds, fromRound: plan.fromRound, absent: plan.absent }
    : undefined;
  const problem = buildSeatingProblem(roster, plan.settings, { replan });
  return scorePlan(problem, { rounds });
}
