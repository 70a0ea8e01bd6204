// Table plans ("bordplaner") of a summit: the coordinator's settings, the stored versions of a plan,
// and the pure rules around them (proposing tables, turning locks into fixed seats, comparing two
// versions, finding areas that meet twice at a table). The optimiser itself lives in solver/; these
// types mirror its input and output shapes structurally, because the domain imports no other layer.
import type { Brand, SummitId } from './ids.ts';

export type SeatingPlanId = Brand<string, 'SeatingPlanId'>;

export const seatingPlanStatuses = ['running', 'done', 'failed'] as const;
export type SeatingPlanStatus = (typeof seatingPlanStatuses)[number];

/** How a version came about. */
export const seatingPlanSources = ['generated', 'edited', 'reoptimised', 'replanned', 'restored'] as const;
export type SeatingPlanSource = (typeof seatingPlanSources)[number];

export interface SeatingTableSpec {
  id: string;
  name: string;
  /** Fewest people at the table in every round (facilitator included). */
  min: number;
  /** Most people at the table in every round (facilitator included). */
  max: number;
  /** Reserved for people with accessibility needs (step-free access, space for a wheelchair …). */
  accessible: boolean;
}

export interface FixedSeatRule {
  person: string;
  table: string;
  /** 1-based round; without it the seat holds in every round. */
  round?: number;
}

/** What the coordinator chose for planning a summit's tables. */
export interface SeatingSettings {
  rounds: number;
  /** null: Samskab proposes the tables from the confirmed participants. */
  tables: SeatingTableSpec[] | null;
  /** Weight per attribute of two people with the same value at one table; 0 ignores it. */
  weights: Record<string, number>;
  keepApart: [string, string][];
  keepTogether: [string, string][];
  fixed: FixedSeatRule[];
  /** 1-based numbers of the tables reserved for accessibility needs (also for proposed tables). */
  accessibleTables?: number[];
  /**
   * Facilitators host the same table in every round (default); false lets them change tables
   * between rounds, still exactly one per table, so they meet new people too.
   */
  facilitatorsStay?: boolean;
  /** Search time of one planning run. */
  seconds: number;
}

export const defaultSeatingSettings: SeatingSettings = {
  rounds: 3,
  tables: null,
  weights: { group: 1, area: 1, organisation: 0 },
  keepApart: [],
  keepTogether: [],
  fixed: [],
  accessibleTables: [],
  seconds: 5,
};

export const seatingLimits = { maxRounds: 6, maxTables: 60, maxTableSize: 30, maxSeconds: 120 } as const;

export interface SeatingRound {
  tables: { id: string; people: string[] }[];
}

/** The measures of a plan (the solver's score, as far as the app reads it). */
export interface SeatingScoreSummary {
  repeatedPairs: number;
  forcedRepeatedPairs: number;
  fewestNewPeople: number;
  averageNewPeople: number;
  sameValuePairs: Record<string, number>;
  sameValuePairsLowerBound: Record<string, number>;
  unevenSpread: Record<string, number>;
  movedSeats: number;
  violations: number;
}

export interface SeatingViolation {
  code: string;
  message: string;
  round?: number;
  table?: string;
  people?: string[];
}

/** People or whole tables the coordinator has locked in one round; they keep their seat when re-optimising. */
export interface SeatingLocks {
  people: { person: string; round: number }[];
  tables: { table: string; round: number }[];
}

export const noLocks: SeatingLocks = { people: [], tables: [] };

/** On the day: people who are not there from a round on (a no-show from round 1, or leaving early). */
export interface SeatingAbsence {
  person: string;
  fromRound: number;
}

/** One stored version of a summit's table plan. */
export interface SeatingPlan {
  id: SeatingPlanId;
  summitId: SummitId;
  version: number;
  status: SeatingPlanStatus;
  source: SeatingPlanSource;
  basedOnId: SeatingPlanId | null;
  /** The tables, rounds and rules the plan was made for. */
  settings: SeatingSettings & { tables: SeatingTableSpec[] };
  /** Re-planning: people absent from `fromRound` on, and the first round that could change. */
  absent: string[];
  fromRound: number;
  rounds: SeatingRound[];
  score: SeatingScoreSummary | null;
  violations: SeatingViolation[];
  locks: SeatingLocks;
  /** 0..1 while running. */
  progress: number;
  /** The search's internal cost of the best plan so far (lower is better). */
  bestCost: number | null;
  stopRequested: boolean;
  error: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  /** While running: when the job last reported (a silent job's process has died). */
  heartbeatAt: string | null;
}

/** A version as the list of versions shows it: what it is and how it went, without its seats, settings or locks. */
export type SeatingPlanSummary = Pick<SeatingPlan, 'id' | 'version' | 'status' | 'source' | 'score' | 'progress' | 'error' | 'createdAt' | 'heartbeatAt' | 'publishedAt'> & {
  violationCount: number;
};

/**
 * Proposes tables for `participants` people of whom `facilitators` lead tables. One table per
 * facilitator comes first (the facilitator quota follows the tables) as long as that gives tables
 * of 4-12, the sizes widening from 7-9 only as far as the numbers need; without facilitators (or
 * with far too few or too many) about 8 a table.
 */
export function proposeTables(participants: number, facilitators: number, size = { min: 7, max: 9 }): SeatingTableSpec[] {
  if (participants <= 0) return [];
  const fewest = Math.max(1, Math.ceil(participants / size.max));
  const most = Math.max(1, Math.floor(participants / size.min));
  const perFacilitator = facilitators > 0 ? participants / facilitators : 0;
  let count: number;
  if (facilitators > 0 && perFacilitator >= 4 && perFacilitator <= 12) count = facilitators;
  else if (fewest <= most) count = Math.min(most, Math.max(fewest, Math.round(participants / ((size.min + size.max) / 2))));
  else count = fewest;
  const min = Math.min(size.min, Math.floor(participants / count));
  const max = Math.max(size.max, Math.ceil(participants / count));
  return Array.from({ length: count }, (_, i) => ({ id: `t${i + 1}`, name: `${i + 1}`, min, max, accessible: false }));
}

/** Marks the tables whose 1-based numbers are listed as accessible. */
export function markAccessible(tables: SeatingTableSpec[], numbers: number[] | undefined): SeatingTableSpec[] {
  const set = new Set(numbers ?? []);
  return tables.map((t, i) => ({ ...t, accessible: t.accessible || set.has(i + 1) }));
}

/** Locked people and locked tables become fixed seats: everyone keeps the seat they have in that round. */
export function locksToFixedSeats(rounds: SeatingRound[], locks: SeatingLocks): FixedSeatRule[] {
  const seats = new Map<string, FixedSeatRule>();
  const add = (person: string, table: string, round: number) => seats.set(`${round}:${person}`, { person, table, round });
  for (const lock of locks.tables) {
    const table = rounds[lock.round - 1]?.tables.find((t) => t.id === lock.table);
    for (const person of table?.people ?? []) add(person, lock.table, lock.round);
  }
  for (const lock of locks.people) {
    const table = rounds[lock.round - 1]?.tables.find((t) => t.people.includes(lock.person));
    if (table) add(lock.person, table.id, lock.round);
  }
  return [...seats.values()];
}

/** Moves a person to another table in one round; a no-op when already there. */
export function movePerson(rounds: SeatingRound[], round: number, person: string, toTable: string): SeatingRound[] {
  return rounds.map((r, index) => {
    if (index !== round - 1) return r;
    if (!r.tables.some((t) => t.id === toTable)) return r;
    return {
      tables: r.tables.map((t) => {
        const without = t.people.filter((p) => p !== person);
        return { id: t.id, people: t.id === toTable ? [...without, person] : without };
      }),
    };
  });
}

/** Swaps two people's tables in one round. */
export function swapPeople(rounds: SeatingRound[], round: number, a: string, b: string): SeatingRound[] {
  return rounds.map((r, index) => {
    if (index !== round - 1) return r;
    return { tables: r.tables.map((t) => ({ id: t.id, people: t.people.map((p) => (p === a ? b : p === b ? a : p)) })) };
  });
}

export interface PlanDifference {
  /** Seats (person × round) that differ between the two plans. */
  movedSeats: number;
  /** Per 1-based round, the people whose table differs. */
  moves: { round: number; person: string; from: string | undefined; to: string | undefined }[];
}

/** Compares two versions seat by seat. */
export function comparePlans(a: SeatingRound[], b: SeatingRound[]): PlanDifference {
  const moves: PlanDifference['moves'] = [];
  const rounds = Math.max(a.length, b.length);
  for (let r = 0; r < rounds; r++) {
    const seatA = seatMap(a[r]);
    const seatB = seatMap(b[r]);
    for (const person of new Set([...seatA.keys(), ...seatB.keys()])) {
      const from = seatA.get(person), to = seatB.get(person);
      if (from !== to) moves.push({ round: r + 1, person, from, to });
    }
  }
  return { movedSeats: moves.length, moves };
}

function seatMap(round: SeatingRound | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const table of round?.tables ?? []) for (const person of table.people) map.set(person, table.id);
  return map;
}

export interface SharedValueAtTable {
  round: number;
  table: string;
  value: string;
  count: number;
  /** True when the value has more people than there are tables, so some table must hold two. */
  unavoidable: boolean;
}

/**
 * Where people with the same value (e.g. the same area) sit together, and whether the numbers force
 * it (pigeonhole: more people from the area than tables in the round).
 */
export function sharedValues(rounds: SeatingRound[], valueOf: (person: string) => string | undefined): SharedValueAtTable[] {
  const found: SharedValueAtTable[] = [];
  rounds.forEach((round, r) => {
    const totals = new Map<string, number>();
    for (const table of round.tables) for (const p of table.people) {
      const v = valueOf(p);
      if (v !== undefined) totals.set(v, (totals.get(v) ?? 0) + 1);
    }
    const tableCount = round.tables.length;
    for (const table of round.tables) {
      const counts = new Map<string, number>();
      for (const p of table.people) {
        const v = valueOf(p);
        if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      for (const [value, count] of counts) {
        if (count < 2) continue;
        const total = totals.get(value) ?? 0;
        found.push({ round: r + 1, table: table.id, value, count, unavoidable: total > tableCount && count <= Math.ceil(total / tableCount) });
      }
    }
  });
  return found;
}

/** People seated in the plan who are no longer confirmed, and confirmed people the plan lacks. */
export function rosterChanges(rounds: SeatingRound[], confirmed: Set<string>, absent: Set<string> = new Set()): { gone: string[]; missing: string[] } {
  const seated = new Set<string>();
  for (const round of rounds) for (const table of round.tables) for (const p of table.people) seated.add(p);
  const gone = [...seated].filter((p) => !confirmed.has(p));
  const missing = [...confirmed].filter((p) => !seated.has(p) && !absent.has(p));
  return { gone, missing };
}

/** Only a finished plan with no broken hard rule may be published. */
export function canPublish(plan: Pick<SeatingPlan, 'status' | 'violations' | 'rounds'>): boolean {
  return plan.status === 'done' && plan.violations.length === 0 && plan.rounds.length > 0;
}
