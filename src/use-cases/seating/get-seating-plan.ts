// Reads for the coordinator: one version of the plan, and a summit's whole seating overview
// (settings, proposed tables, confirmed participants, versions, attendance, roster changes).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { comparePlans, rosterChanges, type PlanDifference, type SeatingAbsence, type SeatingPlan, type SeatingPlanId, type SeatingPlanSummary, type SeatingSettings, type SeatingTableSpec } from '../../domain/seating-plan.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { seatingSettingsOf, tablesFor } from './plan-tables.ts';
import { asSeenAt } from './run-planning-job.ts';

export async function getSeatingPlan(deps: Deps, planId: SeatingPlanId): Promise<SeatingPlan> {
  const plan = await deps.db.stores.seatingPlans.find(planId);
  if (!plan) throw new DomainError('not_found', { planId });
  return asSeenAt(plan, deps.clock.now());
}

/** Every version of the summit's table plan, newest first (none for a summit that has none). */
export async function listSeatingPlans(deps: Deps, summitId: SummitId): Promise<SeatingPlan[]> {
  return deps.db.stores.seatingPlans.list(summitId);
}

export interface SeatingOverview {
  summit: Summit;
  settings: SeatingSettings;
  /** The tables the next planning run uses (the coordinator's, or Samskab's proposal). */
  tables: SeatingTableSpec[];
  roster: SeatingParticipant[];
  /** Everyone the summit has listed, for naming people in older plans. */
  everyone: SeatingParticipant[];
  /** Every version, newest first. */
  plans: SeatingPlanSummary[];
  running: SeatingPlanSummary | undefined;
  published: SeatingPlan | undefined;
  absences: SeatingAbsence[];
  /** Since publishing: seated people who are no longer confirmed, and confirmed people without a seat. */
  publishedChanges: { gone: string[]; missing: string[] } | undefined;
}

export async function getSeatingOverview(deps: Deps, summitId: SummitId): Promise<SeatingOverview> {
  const stores = deps.db.stores;
  const now = deps.clock.now();
  // Independent reads, sent together: for a summit that does not exist they find nothing.
  const [summit, settings, everyone, stored, absences, published] = await Promise.all([
    stores.summits.find(summitId), seatingSettingsOf(stores, summitId), stores.seatingRoster.listAll(summitId),
    stores.seatingPlans.listSummaries(summitId), stores.seatingPlans.listAbsences(summitId), stores.seatingPlans.findPublished(summitId),
  ]);
  if (!summit) throw new DomainError('not_found', { summitId });
  // The confirmed of everyone, in the same order: what listConfirmed reads, without reading them twice.
  const roster = everyone.filter((p) => p.status === 'confirmed');
  const plans = stored.map((plan) => asSeenAt(plan, now));
  const confirmed = new Set(roster.map((p) => p.id));
  const absent = new Set(published?.absent ?? []);
  const changes = published ? rosterChanges(published.rounds, confirmed, absent) : undefined;
  return {
    summit, settings, tables: tablesFor(settings, roster), roster, everyone, plans,
    running: plans.find((p) => p.status === 'running'), published, absences,
    publishedChanges: changes && (changes.gone.length || changes.missing.length) ? changes : undefined,
  };
}

export async function compareSeatingPlans(deps: Deps, a: SeatingPlanId, b: SeatingPlanId): Promise<{ a: SeatingPlan; b: SeatingPlan; difference: PlanDifference }> {
  const [first, second] = await Promise.all([getSeatingPlan(deps, a), getSeatingPlan(deps, b)]);
  if (first.summitId !== second.summitId) throw new DomainError('not_found', { planId: b });
  return { a: first, b: second, difference: comparePlans(first.rounds, second.rounds) };
}
