// Reads for the coordinator: one version of the plan, a summit's whole seating overview
// (settings, proposed tables, confirmed participants, versions, attendance, roster changes), and
// everyone a summit has listed, for the pages of one version.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { comparePlans, rosterChanges, type PlanDifference, type SeatingAbsence, type SeatingPlan, type SeatingPlanId, type SeatingPlanSummary, type SeatingSettings, type SeatingTableSpec } from '../../domain/seating-plan.ts';
import type { SeatingParticipant, SeatingRosterEntry } from '../../domain/seating-roster.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, Stores } from '../../ports.ts';
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
  /** The confirmed participants. */
  roster: SeatingRosterEntry[];
  /** The name of everyone the rules and absences name, whatever their status now. */
  names: ReadonlyMap<string, string>;
  /** Every version, newest first. */
  plans: SeatingPlanSummary[];
  running: SeatingPlanSummary | undefined;
  published: SeatingPlan | undefined;
  /** Who is absent on the day: read only once a version is published (none before). */
  absences: SeatingAbsence[];
  /** Since publishing: seated people who are no longer confirmed, and confirmed people without a seat. */
  publishedChanges: { gone: string[]; missing: string[] } | undefined;
}

export async function getSeatingOverview(deps: Deps, summitId: SummitId): Promise<SeatingOverview> {
  const stores = deps.db.stores;
  const now = deps.clock.now();
  // Independent reads, sent together: for a summit that does not exist they find nothing.
  const [summit, settings, roster, stored] = await Promise.all([
    stores.summits.find(summitId), seatingSettingsOf(stores, summitId), stores.seatingRoster.listConfirmedEntries(summitId), stores.seatingPlans.listSummaries(summitId),
  ]);
  if (!summit) throw new DomainError('not_found', { summitId });
  // The day (the published plan, its absences and roster changes) exists only once a version is published.
  const [published, absences] = stored.some((plan) => plan.publishedAt !== null)
    ? await Promise.all([stores.seatingPlans.findPublished(summitId), stores.seatingPlans.listAbsences(summitId)])
    : [undefined, []];
  const names = await namesOf(stores, summitId, roster, [...ruleSubjects(settings), ...absences.map((a) => a.person)]);
  const plans = stored.map((plan) => asSeenAt(plan, now));
  const confirmed = new Set(roster.map((p) => p.id));
  const absent = new Set(published?.absent ?? []);
  const changes = published ? rosterChanges(published.rounds, confirmed, absent) : undefined;
  return {
    summit, settings, tables: tablesFor(settings, roster), roster, names, plans,
    running: plans.find((p) => p.status === 'running'), published, absences,
    publishedChanges: changes && (changes.gone.length || changes.missing.length) ? changes : undefined,
  };
}

/** The people the seating rules name. */
const ruleSubjects = (settings: SeatingSettings): string[] => [...settings.keepApart.flat(), ...settings.keepTogether.flat(), ...settings.fixed.map((f) => f.person)];

/**
 * The names of `ids` from the roster; those it lacks (people who cancelled since) are read, which
 * is seldom: rules and absences are made for confirmed people.
 */
async function namesOf(stores: Stores, summitId: SummitId, roster: readonly SeatingRosterEntry[], ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map(roster.map((p) => [p.id, p.name]));
  const unknown = [...new Set(ids.filter((id) => !names.has(id)))];
  for (const p of await stores.seatingRoster.listNames(summitId, unknown)) names.set(p.id, p.name);
  return names;
}

/** A summit with everyone it has listed, for naming people in any version of its plan. */
export interface SeatingPeople {
  summit: Summit;
  /** Whatever their status: an older version may seat someone who has cancelled since. */
  everyone: SeatingParticipant[];
}

export async function getSeatingPeople(deps: Deps, summitId: SummitId): Promise<SeatingPeople> {
  const stores = deps.db.stores;
  const [summit, everyone] = await Promise.all([stores.summits.find(summitId), stores.seatingRoster.listAll(summitId)]);
  if (!summit) throw new DomainError('not_found', { summitId });
  return { summit, everyone };
}

export async function compareSeatingPlans(deps: Deps, a: SeatingPlanId, b: SeatingPlanId): Promise<{ a: SeatingPlan; b: SeatingPlan; difference: PlanDifference }> {
  const [first, second] = await Promise.all([getSeatingPlan(deps, a), getSeatingPlan(deps, b)]);
  if (first.summitId !== second.summitId) throw new DomainError('not_found', { planId: b });
  return { a: first, b: second, difference: comparePlans(first.rounds, second.rounds) };
}
