// Turns a summit's confirmed participants and the coordinator's settings into the solver's input.
// Shared by planning, re-planning and the live score of manual edits, so all read the rules alike.
import type { FixedSeatRule, SeatingPlan, SeatingRound, SeatingTableSpec } from '../../domain/seating-plan.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { SeatingProblem } from '../../solver/problem.ts';

export interface ProblemOptions {
  /** Extra fixed seats (locks). */
  fixed?: FixedSeatRule[];
  /** Re-planning: the plan to stay close to, the first round that may change, and who is absent. */
  replan?: { previous: SeatingRound[]; fromRound: number; absent: string[] };
}

/**
 * People with accessibility needs get a fixed seat at an accessible table in every round, spread
 * round-robin so no accessible table fills up first; facilitators with needs each lead one.
 */
export function accessibleSeats(roster: SeatingParticipant[], tables: SeatingTableSpec[], alreadyFixed: Set<string>): FixedSeatRule[] {
  const accessible = tables.filter((t) => t.accessible);
  if (accessible.length === 0) return [];
  const needing = roster.filter((p) => p.accessibilityNeeds.trim() !== '' && !alreadyFixed.has(p.id));
  const seats: FixedSeatRule[] = [];
  const led = new Set<string>();
  for (const f of needing.filter((p) => p.facilitator)) {
    const table = accessible.find((t) => !led.has(t.id));
    if (!table) break;
    led.add(table.id);
    seats.push({ person: f.id, table: table.id });
  }
  needing.filter((p) => !p.facilitator).forEach((p, k) => seats.push({ person: p.id, table: accessible[k % accessible.length].id }));
  return seats;
}

export function buildSeatingProblem(roster: SeatingParticipant[], settings: SeatingPlan['settings'], options: ProblemOptions = {}): SeatingProblem {
  const known = new Set(roster.map((p) => p.id));
  const replan = options.replan;
  // People who sat in rounds that can no longer change stay in the problem (as absent) so the
  // past rounds still score, even when their invitation was cancelled since.
  const people = roster.map((p) => ({
    id: p.id,
    facilitator: p.facilitator || undefined,
    attributes: {
      group: p.groupId,
      ...(p.areaId ? { area: p.areaId } : {}),
      ...(p.organisationId ? { organisation: p.organisationId } : {}),
    },
  }));
  const absent = new Set(replan?.absent ?? []);
  if (replan) {
    for (const round of replan.previous.slice(0, Math.max(0, replan.fromRound - 1))) {
      for (const table of round.tables) for (const id of table.people) {
        if (!known.has(id)) { known.add(id); people.push({ id, facilitator: undefined, attributes: { group: '' } }); absent.add(id); }
      }
    }
  }
  const inProblem = (id: string) => known.has(id);
  const fixed = [...settings.fixed, ...(options.fixed ?? [])].filter((s) => inProblem(s.person) && !absent.has(s.person));
  const fixedPeople = new Set(fixed.map((s) => s.person));
  fixed.push(...accessibleSeats(roster.filter((p) => !absent.has(p.id)), settings.tables, fixedPeople));

  const present = people.length - absent.size;
  const tables = fitTableMinimums(settings.tables, present);
  return {
    people,
    tables: tables.map((t) => ({ id: t.id, min: t.min, max: t.max })),
    rounds: settings.rounds,
    weights: settings.weights,
    facilitatorsStay: settings.facilitatorsStay ?? true,
    keepApart: settings.keepApart.filter(([a, b]) => inProblem(a) && inProblem(b)),
    keepTogether: settings.keepTogether.filter(([a, b]) => inProblem(a) && inProblem(b)),
    fixed,
    ...(replan ? { replan: { previous: { rounds: replan.previous }, fromRound: replan.fromRound, absent: [...absent] } } : {}),
  };
}

/** When fewer people come than the tables' minimums need (no-shows), the minimums give way evenly. */
function fitTableMinimums(tables: SeatingTableSpec[], present: number): SeatingTableSpec[] {
  const needed = tables.reduce((sum, t) => sum + t.min, 0);
  if (tables.length === 0 || present >= needed) return tables;
  const even = Math.floor(present / tables.length);
  return tables.map((t) => ({ ...t, min: Math.min(t.min, even) }));
}
