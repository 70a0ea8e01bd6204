// Starts planning a summit's tables in the background: from the confirmed participants, with the
// coordinator's settings (or Samskab's proposal of tables), optionally keeping the locked seats of
// an earlier version ("re-optimise the rest"). Answers at once with the running plan.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import {
  defaultSeatingSettings, locksToFixedSeats, markAccessible, noLocks, proposeTables, seatingLimits,
  type SeatingPlan, type SeatingPlanId, type SeatingSettings, type SeatingTableSpec,
} from '../../domain/seating-plan.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { Deps, PlanRunner, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { buildSeatingProblem } from './build-seating-problem.ts';
import { runPlanningJob, staleBefore } from './run-planning-job.ts';

export interface PlanTablesInput {
  rounds?: number;
  /** Without tables, Samskab proposes them from the confirmed participants. */
  tables?: { id?: string; name?: string; min: number; max: number; accessible?: boolean }[];
  weights?: Record<string, number>;
  seconds?: number;
  /** False lets facilitators change tables between rounds (one per table still). */
  facilitatorsStay?: boolean;
  /** Re-optimise: keep the locked seats of this version and plan the rest. */
  basedOnId?: SeatingPlanId;
}

export async function seatingSettingsOf(stores: Stores, summitId: SummitId): Promise<SeatingSettings> {
  return { ...defaultSeatingSettings, ...(await stores.seatingPlans.findSettings(summitId)) };
}

/** The tables the settings name, or Samskab's proposal for this roster. */
export function tablesFor(settings: SeatingSettings, roster: readonly Pick<SeatingParticipant, 'facilitator'>[]): SeatingTableSpec[] {
  return markAccessible(settings.tables ?? proposeTables(roster.length, roster.filter((p) => p.facilitator).length), settings.accessibleTables);
}

function normaliseTables(tables: NonNullable<PlanTablesInput['tables']>): SeatingTableSpec[] {
  const ids = new Set<string>();
  return tables.map((t, i) => {
    let id = t.id?.trim() || `t${i + 1}`;
    while (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    if (t.min > t.max) throw new DomainError('seating_table_sizes_invalid', { table: id });
    return { id, name: t.name?.trim() || String(i + 1), min: t.min, max: t.max, accessible: t.accessible ?? false };
  });
}

export async function planTables(deps: Deps, runner: PlanRunner, access: Access, summitId: SummitId, input: PlanTablesInput = {}): Promise<SeatingPlan> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  const { plan, problem, seconds } = await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    await stores.seatingPlans.failStale(summitId, staleBefore(now), now);
    if (await stores.seatingPlans.findRunning(summitId)) throw new DomainError('seating_job_running', { summitId });

    const stored = await seatingSettingsOf(stores, summitId);
    const roster = await stores.seatingRoster.listConfirmed(summitId);
    if (roster.length === 0) throw new DomainError('seating_no_participants', { summitId });
    const basedOn = input.basedOnId ? await stores.seatingPlans.find(input.basedOnId) : undefined;
    if (input.basedOnId && (!basedOn || basedOn.summitId !== summitId)) throw new DomainError('not_found', { planId: input.basedOnId });

    const settings = {
      ...(basedOn?.settings ?? stored),
      ...(input.rounds !== undefined ? { rounds: input.rounds } : {}),
      ...(input.weights ? { weights: { ...stored.weights, ...input.weights } } : {}),
      ...(input.seconds !== undefined ? { seconds: input.seconds } : {}),
      ...(input.facilitatorsStay !== undefined ? { facilitatorsStay: input.facilitatorsStay } : {}),
    };
    const tables = input.tables ? normaliseTables(input.tables) : basedOn ? basedOn.settings.tables : tablesFor(settings, roster);
    const seconds = Math.min(seatingLimits.maxSeconds, Math.max(0.1, settings.seconds));
    const fixed = basedOn ? locksToFixedSeats(basedOn.rounds, basedOn.locks) : [];
    const full = { ...settings, tables, seconds };
    const problem = buildSeatingProblem(roster, full, { fixed });
    const plan = await stores.seatingPlans.create({
      summitId, status: 'running', source: basedOn ? 'reoptimised' : 'generated', basedOnId: basedOn?.id ?? null,
      settings: full, absent: [], fromRound: 1, rounds: [], score: null, violations: [], locks: basedOn?.locks ?? noLocks,
      progress: 0, bestCost: null, error: '', createdBy: actor,
    }, now);
    await stores.audit.append({
      action: basedOn ? 'seating_plan.reoptimise_started' : 'seating_plan.planning_started', actor, summitId,
      subjectType: 'seating_plan', subjectId: plan.id, data: { version: plan.version, people: roster.length, tables: tables.length, rounds: full.rounds },
    }, now);
    return { plan, problem, seconds };
  });
  runPlanningJob(deps, runner, plan, problem, seconds);
  return plan;
}

/** Asks a running plan to stop early; it keeps the best plan found so far. */
export async function stopPlanning(deps: Deps, access: Access, planId: SeatingPlanId): Promise<void> {
  const actor = actorOf(access);
  const plan = await deps.db.stores.seatingPlans.find(planId);
  if (!plan) throw new DomainError('not_found', { planId });
  await deps.db.stores.seatingPlans.requestStop(planId, deps.clock.now());
  await deps.db.stores.audit.append({ action: 'seating_plan.stop_requested', actor, summitId: plan.summitId, subjectType: 'seating_plan', subjectId: planId }, deps.clock.now());
}
