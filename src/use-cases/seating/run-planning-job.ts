// Starts the solver for a stored running plan and keeps its row up to date: progress and heartbeat
// about every half second, the result (or the failure) at the end. Any server process answers a
// GET from that row; a stop asked for in any process reaches the job through the row.
import type { SeatingPlan, SeatingScoreSummary, SeatingViolation } from '../../domain/seating-plan.ts';
import type { Deps, PlanRunner } from '../../ports.ts';
import type { SeatingProblem } from '../../solver/problem.ts';
import type { SeatingResult } from '../../solver/seating.ts';

/** A running plan whose heartbeat is older than this is taken for dead (its process stopped). */
export const staleAfterMs = 30_000;

export function staleBefore(now: string): string {
  return new Date(new Date(now).getTime() - staleAfterMs).toISOString();
}

/** How a plan reads now: a running plan whose heartbeat stopped is shown as failed (without writing). */
export function asSeenAt<P extends Pick<SeatingPlan, 'status' | 'heartbeatAt' | 'createdAt' | 'error'>>(plan: P, now: string): P {
  if (plan.status !== 'running' || (plan.heartbeatAt ?? plan.createdAt) >= staleBefore(now)) return plan;
  return { ...plan, status: 'failed', error: 'The planning process stopped answering.' };
}

export function runPlanningJob(deps: Deps, runner: PlanRunner, plan: SeatingPlan, problem: SeatingProblem, seconds: number): void {
  const store = deps.db.stores.seatingPlans;
  runner.start<SeatingProblem, SeatingResult>({ planId: plan.id, problem, seconds, seed: plan.version }, {
    async poll({ bestCost, elapsedMs }) {
      const progress = Math.min(0.99, elapsedMs / (seconds * 1000));
      const { stopRequested } = await store.recordProgress(plan.id, progress, bestCost, deps.clock.now());
      return stopRequested;
    },
    async done(result) {
      const score: SeatingScoreSummary = result.score;
      const violations: SeatingViolation[] = result.violations;
      await store.finish(plan.id, { status: 'done', rounds: result.rounds, score, violations, error: '' }, deps.clock.now());
      await deps.db.stores.audit.append({
        action: 'seating_plan.planned', actor: 'system', summitId: plan.summitId, subjectType: 'seating_plan', subjectId: plan.id,
        data: { version: plan.version, repeatedPairs: score.repeatedPairs, violations: violations.length, elapsedMs: result.stats.elapsedMs },
      }, deps.clock.now());
    },
    async failed(error) {
      await store.finish(plan.id, { status: 'failed', rounds: [], score: null, violations: [], error: error.message.slice(0, 500) }, deps.clock.now());
    },
  });
}
