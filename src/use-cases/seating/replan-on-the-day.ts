// On the day: mark who has not come (or has arrived late after all), then re-plan the remaining
// rounds of the published plan with as few moves as possible. The same repair serves a
// cancellation after publishing: re-planning from round 1 seats only the confirmed participants.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan } from '../../domain/seating-plan.ts';
import type { Deps, PlanRunner } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { buildSeatingProblem } from './build-seating-problem.ts';
import { runPlanningJob, staleBefore } from './run-planning-job.ts';

/** A no-show (fromRound 1) or someone leaving: absent from `fromRound` on. */
export async function markAbsent(deps: Deps, access: Access, summitId: SummitId, person: string, fromRound: number): Promise<void> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    const confirmed = await stores.seatingRoster.listConfirmed(summitId);
    if (!confirmed.some((p) => p.id === person)) throw new DomainError('not_found', { person });
    await stores.seatingPlans.setAbsence(summitId, { person, fromRound }, now);
    await stores.audit.append({ action: 'seating.marked_absent', actor, summitId, subjectType: 'invitation', subjectId: person, data: { fromRound } }, now);
  });
}

/** A late arrival: seated again when the remaining rounds are re-planned. */
export async function markArrived(deps: Deps, access: Access, summitId: SummitId, person: string): Promise<void> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    await stores.seatingPlans.clearAbsence(summitId, person);
    await stores.audit.append({ action: 'seating.marked_arrived', actor, summitId, subjectType: 'invitation', subjectId: person }, now);
  });
}

export async function replanOnTheDay(deps: Deps, runner: PlanRunner, access: Access, summitId: SummitId, input: { fromRound: number; seconds?: number }): Promise<SeatingPlan> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  const { plan, problem, seconds } = await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    await stores.seatingPlans.failStale(summitId, staleBefore(now), now);
    if (await stores.seatingPlans.findRunning(summitId)) throw new DomainError('seating_job_running', { summitId });
    const base = await stores.seatingPlans.findPublished(summitId);
    if (!base) throw new DomainError('seating_plan_not_published', { summitId });
    const rounds = base.settings.rounds;
    if (!Number.isInteger(input.fromRound) || input.fromRound < 1 || input.fromRound > rounds) throw new DomainError('validation_failed', { fromRound: input.fromRound });
    const roster = await stores.seatingRoster.listConfirmed(summitId);
    const absent = (await stores.seatingPlans.listAbsences(summitId)).filter((a) => a.fromRound <= input.fromRound).map((a) => a.person);
    const seconds = Math.max(0.1, Math.min(input.seconds ?? base.settings.seconds, 60));
    const settings = { ...base.settings, seconds };
    const problem = buildSeatingProblem(roster, settings, { replan: { previous: base.rounds, fromRound: input.fromRound, absent } });
    const plan = await stores.seatingPlans.create({
      summitId, status: 'running', source: 'replanned', basedOnId: base.id, settings, absent, fromRound: input.fromRound,
      rounds: [], score: null, violations: [], locks: base.locks, progress: 0, bestCost: null, error: '', createdBy: actor,
    }, now);
    await stores.audit.append({
      action: 'seating_plan.replan_started', actor, summitId, subjectType: 'seating_plan', subjectId: plan.id,
      data: { version: plan.version, basedOn: base.version, fromRound: input.fromRound, absent: absent.length },
    }, now);
    return { plan, problem, seconds };
  });
  runPlanningJob(deps, runner, plan, problem, seconds);
  return plan;
}
