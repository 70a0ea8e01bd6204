import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planSeating } from './seating.ts';
import { scorePlan } from './score.ts';
import { UnitSearch } from './seating-search.ts';
import { createRng } from './rng.ts';
import type { Person, SeatingProblem } from './problem.ts';
import type { SeatingPlan } from './plan.ts';

function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

const solve = (problem: SeatingProblem, seed = 1, budgetMs = 4000) => planSeating(problem, { seed, budgetMs, now: tickingClock() });

/** Table of each person per round, read back from a plan. */
function seats(plan: SeatingPlan): Map<string, string>[] {
  return plan.rounds.map((round) => {
    const at = new Map<string, string>();
    for (const table of round.tables) for (const p of table.people) at.set(p, table.id);
    return at;
  });
}

/**
 * A roster whose rules can all hold: tables with room to spare, facilitators one per table, disjoint
 * keep-together pairs, keep-apart pairs among other people, fixed seats for people in no other rule.
 */
const satisfiableRoster = fc.record({
  tables: fc.integer({ min: 2, max: 5 }),
  perTable: fc.integer({ min: 3, max: 6 }),
  rounds: fc.integer({ min: 1, max: 3 }),
  sectors: fc.integer({ min: 1, max: 4 }),
  together: fc.integer({ min: 0, max: 2 }),
  apart: fc.integer({ min: 0, max: 3 }),
  fixed: fc.integer({ min: 0, max: 2 }),
  seed: fc.integer({ min: 0, max: 1e6 }),
}).map((r): SeatingProblem => {
  const rng = createRng(r.seed);
  const people: Person[] = [];
  for (let t = 0; t < r.tables; t++) people.push({ id: `f${t}`, facilitator: true, attributes: { sector: 'facilitator' } });
  const guests = r.tables * r.perTable - r.tables - rng.int(r.tables);
  for (let i = 0; i < guests; i++) people.push({ id: `p${i}`, attributes: { sector: `s${rng.int(r.sectors)}`, area: `a${rng.int(3)}` } });
  let next = 0;
  const take = (): string => `p${next++}`;
  const keepTogether: string[][] = [];
  for (let k = 0; k < r.together && next + 2 <= guests; k++) keepTogether.push([take(), take()]);
  const keepApart: [string, string][] = [];
  for (let k = 0; k < r.apart && next + 2 <= guests; k++) keepApart.push([take(), take()]);
  const fixed = [];
  for (let k = 0; k < r.fixed && next + 1 <= guests; k++) {
    fixed.push(k % 2 === 0 ? { person: take(), table: `T${rng.int(r.tables)}` } : { person: take(), table: `T${rng.int(r.tables)}`, round: 1 + rng.int(r.rounds) });
  }
  return {
    people,
    tables: Array.from({ length: r.tables }, (_, t) => ({ id: `T${t}`, min: 1, max: r.perTable + 1 })),
    rounds: r.rounds,
    keepTogether, keepApart, fixed,
  };
});

describe('planSeating on rosters whose rules can all hold', () => {
  it('keeps every keep-apart, keep-together and fixed seat, one facilitator per table, and seats everyone once per round', () => {
    fc.assert(fc.property(satisfiableRoster, fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
      const result = solve(problem, seed, 300);
      assert.deepEqual(result.violations, []);
      const at = seats(result);
      assert.equal(at.length, problem.rounds);
      const tableOf = new Map(problem.tables.map((t) => [t.id, t]));
      result.rounds.forEach((round, r) => {
        const seen = new Set<string>();
        for (const table of round.tables) {
          const spec = tableOf.get(table.id)!;
          assert.ok(table.people.length >= spec.min && table.people.length <= spec.max, `size of ${table.id}`);
          const facilitators = table.people.filter((id) => id.startsWith('f'));
          assert.equal(facilitators.length, 1, `one facilitator at ${table.id}`);
          for (const p of table.people) { assert.ok(!seen.has(p)); seen.add(p); }
        }
        assert.equal(seen.size, problem.people.length);
        for (const [a, b] of problem.keepApart ?? []) assert.notEqual(at[r].get(a), at[r].get(b));
        for (const [a, b] of problem.keepTogether ?? []) assert.equal(at[r].get(a), at[r].get(b));
        for (const f of problem.fixed ?? []) if (f.round === undefined || f.round === r + 1) assert.equal(at[r].get(f.person), f.table);
      });
      for (let t = 0; t < problem.tables.length; t++) {
        for (let r = 1; r < problem.rounds; r++) assert.equal(at[r].get(`f${t}`), at[0].get(`f${t}`), 'facilitator keeps the table');
      }
    }), { numRuns: 40 });
  });

  it('seats 16 people at 4 tables of 4 over 3 rounds with nobody meeting anyone twice and sectors spread', () => {
    const problem: SeatingProblem = {
      people: Array.from({ length: 16 }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 4}` } })),
      tables: Array.from({ length: 4 }, (_, t) => ({ id: `T${t}`, min: 4, max: 4 })),
      rounds: 3,
    };
    const result = solve(problem, 2, 20000);
    assert.deepEqual(result.violations, []);
    assert.equal(result.score.repeatedPairs, 0);
    assert.equal(result.score.fewestNewPeople, 9);
    assert.equal(result.score.sameValuePairs.sector, result.score.sameValuePairsLowerBound.sector);
  });

  it('gives the same plan for the same seed', () => {
    const problem: SeatingProblem = {
      people: Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 4}`, area: `a${i % 6}` } })),
      tables: Array.from({ length: 5 }, (_, t) => ({ id: `T${t}`, min: 5, max: 7 })),
      rounds: 3,
      keepApart: [['p1', 'p2']],
    };
    assert.deepEqual(solve(problem, 9, 2000).rounds, solve(problem, 9, 2000).rounds);
  });

  it('keeps the search cost equal to a from-scratch recount', () => {
    const problem: SeatingProblem = {
      people: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 3}` } })),
      tables: Array.from({ length: 4 }, (_, t) => ({ id: `T${t}`, min: 4, max: 6 })),
      rounds: 3,
    };
    const U = 20, T = 4, R = 3;
    const pairCost = new Float64Array(U * U);
    for (let u = 0; u < U; u++) for (let v = 0; v < U; v++) if (u !== v && u % 3 === v % 3) pairCost[u * U + v] = 1;
    const search = new UnitSearch({
      units: U, tables: T, rounds: R, weight: new Int32Array(U).fill(1), tableMin: new Int32Array(T).fill(4), tableMax: new Int32Array(T).fill(6),
      pin: new Int32Array(R * U).fill(-1), pairCost, history: new Float64Array(U * U), repeatWeight: 5, moveCost: null, start: null,
    });
    const rng = createRng(4);
    search.construct(rng);
    for (let step = 0; step < 200; step++) {
      const r = rng.int(R), u = rng.int(U), t = rng.int(T);
      search.unplace(r, u);
      search.place(r, u, t);
      const rebuilt = new UnitSearch(search.pr);
      rebuilt.load_(search.tab);
      for (let k = 0; k < search.C.length; k++) assert.ok(Math.abs(search.C[k] - rebuilt.C[k]) < 1e-9, 'contribution matrix drifted');
    }
    void problem;
  });
});

/** Facilitators per table in every round, read back from a plan. */
function facilitatorCounts(plan: SeatingPlan, facilitators: Set<string>): number[][] {
  return plan.rounds.map((round) => round.tables.map((t) => t.people.filter((p) => facilitators.has(p)).length));
}

describe('facilitators who move between tables (facilitatorsStay false)', () => {
  // A summit where facilitators share no attribute with each other, so nothing but the
  // one-facilitator-per-table rule keeps them apart.
  const movingSummit = (tables: number, guests: number, rounds: number, slack = 0): SeatingProblem => ({
    people: [
      ...Array.from({ length: tables }, (_, t) => ({ id: `f${t}`, facilitator: true, attributes: { sector: `s${t % 4}`, area: `a${t % 3}` } })),
      ...Array.from({ length: guests }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 4}`, area: `a${i % 5}` } })),
    ],
    tables: Array.from({ length: tables }, (_, t) => ({ id: `T${t}`, min: Math.floor((tables + guests) / tables) - slack, max: Math.ceil((tables + guests) / tables) + slack })),
    rounds,
    facilitatorsStay: false,
  });
  const hostsOf = (problem: SeatingProblem): Set<string> => new Set(problem.people.filter((p) => p.facilitator).map((p) => p.id));

  it('seats exactly one facilitator per table in every round, and facilitators change tables', () => {
    const problem = movingSummit(5, 33, 4);
    const result = solve(problem, 7, 3000);
    assert.deepEqual(result.violations, []);
    for (const counts of facilitatorCounts(result, hostsOf(problem))) assert.deepEqual(counts, [1, 1, 1, 1, 1]);
    const at = seats(result);
    const moved = [...hostsOf(problem)].filter((f) => at.some((round) => round.get(f) !== at[0].get(f)));
    assert.ok(moved.length > 0, 'at least one facilitator changes table between rounds');
  });

  it('seats them one per table already in the greedy start, with every table full', () => {
    // Budget 0: the plan is the greedy construction, untouched by the search.
    const problem = movingSummit(5, 30, 3);
    for (let seed = 1; seed <= 20; seed++) {
      const result = solve(problem, seed, 0);
      assert.deepEqual(result.violations, [], `seed ${seed}`);
      assert.equal(result.stats.iterations, 0);
    }
  });

  it('keeps two facilitators apart even when the only repeat-free plan seats them together', () => {
    // Four people at two tables of two over three rounds: every repeat-free plan is the three
    // perfect matchings of K4, one of which pairs f0 with f1. Without the rule the planner picks
    // exactly that (the plan of the same people without the facilitator flag); with it, it must
    // accept repeats instead.
    const people: Person[] = [{ id: 'f0', facilitator: true }, { id: 'f1', facilitator: true }, { id: 'g0' }, { id: 'g1' }];
    const problem: SeatingProblem = { people, tables: [{ id: 'A', min: 2, max: 2 }, { id: 'B', min: 2, max: 2 }], rounds: 3, facilitatorsStay: false };
    const unguarded = solve({ ...problem, people: people.map(({ id }) => ({ id })) });
    assert.equal(unguarded.score.repeatedPairs, 0);
    assert.ok(scorePlan(problem, unguarded).violations.some((v) => v.code === 'facilitators_shared_table'));

    const result = solve(problem);
    assert.deepEqual(result.violations, []);
    for (const counts of facilitatorCounts(result, hostsOf(problem))) assert.deepEqual(counts, [1, 1]);
    assert.ok(result.score.repeatedPairs > 0, 'the rule outranks repeats');
  });

  it('scorePlan reports two facilitators at one table even when facilitators move', () => {
    const problem: SeatingProblem = {
      people: [{ id: 'f0', facilitator: true }, { id: 'f1', facilitator: true }, { id: 'a' }, { id: 'b' }],
      tables: [{ id: 'A', min: 2, max: 2 }, { id: 'B', min: 2, max: 2 }],
      rounds: 2,
      facilitatorsStay: false,
    };
    const plan: SeatingPlan = {
      rounds: [
        { tables: [{ id: 'A', people: ['f0', 'a'] }, { id: 'B', people: ['f1', 'b'] }] },
        { tables: [{ id: 'A', people: ['f0', 'f1'] }, { id: 'B', people: ['a', 'b'] }] },
      ],
    };
    const { violations } = scorePlan(problem, plan);
    assert.deepEqual(violations.map((v) => [v.code, v.round, v.table]).sort(), [['facilitator_missing', 2, 'B'], ['facilitators_shared_table', 2, 'A']]);
    const fine = scorePlan(problem, { rounds: [plan.rounds[0], { tables: [{ id: 'A', people: ['f1', 'a'] }, { id: 'B', people: ['f0', 'b'] }] }] });
    assert.deepEqual(fine.violations, [], 'a facilitator changing table is no violation when facilitators move');
  });

  it('keeps every hard rule with one facilitator per table on rosters whose rules can all hold', () => {
    const moving = satisfiableRoster.map((problem): SeatingProblem => ({
      ...problem,
      people: problem.people.map((p) => (p.facilitator ? { id: p.id, facilitator: true } : p)),
      facilitatorsStay: false,
    }));
    fc.assert(fc.property(moving, fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
      const result = solve(problem, seed, 300);
      assert.deepEqual(result.violations, []);
      const at = seats(result);
      for (const counts of facilitatorCounts(result, hostsOf(problem))) assert.ok(counts.every((c) => c === 1));
      result.rounds.forEach((_, r) => {
        for (const [a, b] of problem.keepApart ?? []) assert.notEqual(at[r].get(a), at[r].get(b));
        for (const [a, b] of problem.keepTogether ?? []) assert.equal(at[r].get(a), at[r].get(b));
        for (const f of problem.fixed ?? []) if (f.round === undefined || f.round === r + 1) assert.equal(at[r].get(f.person), f.table);
      });
    }), { numRuns: 40 });
  });

  it('keeps fixed seats of facilitators and still gives every table one facilitator', () => {
    const problem: SeatingProblem = {
      ...movingSummit(4, 24, 3),
      fixed: [{ person: 'f0', table: 'T2' }, { person: 'f1', table: 'T0', round: 2 }, { person: 'p0', table: 'T1' }],
    };
    const result = solve(problem, 3, 3000);
    assert.deepEqual(result.violations, []);
    const at = seats(result);
    for (const round of at) assert.equal(round.get('f0'), 'T2');
    assert.equal(at[1].get('f1'), 'T0');
    for (const round of at) assert.equal(round.get('p0'), 'T1');
    for (const counts of facilitatorCounts(result, hostsOf(problem))) assert.deepEqual(counts, [1, 1, 1, 1]);
  });

  it('reports a keep-together group of two facilitators as a rules conflict, whether facilitators move or stay', () => {
    for (const facilitatorsStay of [false, true]) {
      const problem: SeatingProblem = { ...movingSummit(3, 12, 2), keepTogether: [['f0', 'f1']], facilitatorsStay };
      const result = solve(problem, 1, 500);
      const conflict = result.violations.find((v) => v.code === 'rules_conflict');
      assert.ok(conflict, `rules_conflict with facilitatorsStay ${facilitatorsStay}`);
      assert.deepEqual(conflict.people, ['f0', 'f1']);
    }
  });

  it('spreads more facilitators than tables as evenly as possible and keeps the other rules', () => {
    const problem: SeatingProblem = { ...movingSummit(4, 22, 3), keepApart: [['p0', 'p1']] };
    problem.people.push({ id: 'f4', facilitator: true }, { id: 'f5', facilitator: true });
    const result = solve(problem, 2, 3000);
    assert.deepEqual(result.violations.map((v) => v.code), ['too_many_facilitators']);
    for (const counts of facilitatorCounts(result, hostsOf(problem))) assert.deepEqual([...counts].sort(), [1, 1, 2, 2]);
  });

  it('re-plans after a cancellation with one facilitator per table and few moved seats', () => {
    const problem = movingSummit(4, 28, 3, 1);
    const first = solve(problem, 3, 3000);
    assert.deepEqual(first.violations, []);
    const again = solve({ ...problem, replan: { previous: { rounds: first.rounds }, fromRound: 2, absent: ['p5'] } }, 5, 3000);
    assert.deepEqual(again.violations, []);
    assert.deepEqual(again.rounds[0], first.rounds[0]);
    assert.ok(again.score.movedSeats <= 2, `moved ${again.score.movedSeats} seats`);
    for (const counts of facilitatorCounts(again, hostsOf(problem))) assert.deepEqual(counts, [1, 1, 1, 1]);
  });
});

describe('planSeating on rules that cannot all hold', () => {
  const people = (n: number, facilitators = 0): Person[] =>
    Array.from({ length: n }, (_, i) => ({ id: `p${i}`, facilitator: i < facilitators }));

  it('reports a keep-together group larger than any table instead of throwing', () => {
    const problem: SeatingProblem = {
      people: people(12), tables: [{ id: 'A', min: 0, max: 4 }, { id: 'B', min: 0, max: 4 }, { id: 'C', min: 0, max: 4 }], rounds: 2,
      keepTogether: [['p0', 'p1', 'p2', 'p3', 'p4']],
    };
    const result = solve(problem);
    assert.ok(result.violations.some((v) => v.code === 'keep_together_too_large'));
    assert.equal(result.rounds.length, 2);
  });

  it('reports more facilitators than tables', () => {
    const result = solve({ people: people(10, 4), tables: [{ id: 'A', min: 0, max: 5 }, { id: 'B', min: 0, max: 5 }], rounds: 1 });
    assert.ok(result.violations.some((v) => v.code === 'too_many_facilitators'));
  });

  it('reports table sizes that cannot seat everyone', () => {
    const result = solve({ people: people(10), tables: [{ id: 'A', min: 2, max: 3 }, { id: 'B', min: 2, max: 3 }], rounds: 1 });
    assert.ok(result.violations.some((v) => v.code === 'sizes_impossible'));
    assert.ok(result.violations.some((v) => v.code === 'table_too_large'));
  });

  it('reports a pair that must both sit together and be kept apart', () => {
    const result = solve({ people: people(6), tables: [{ id: 'A', min: 0, max: 4 }, { id: 'B', min: 0, max: 4 }], rounds: 1, keepTogether: [['p0', 'p1']], keepApart: [['p0', 'p1']] });
    assert.ok(result.violations.some((v) => v.code === 'rules_conflict'));
  });

  it('reports unknown people and tables in the rules', () => {
    const result = solve({ people: people(4), tables: [{ id: 'A', min: 0, max: 4 }], rounds: 1, fixed: [{ person: 'nobody', table: 'A' }, { person: 'p1', table: 'Z' }] });
    assert.ok(result.violations.some((v) => v.code === 'unknown_person'));
    assert.ok(result.violations.some((v) => v.code === 'unknown_table'));
  });
});

describe('re-planning with fewest moves', () => {
  const base: SeatingProblem = {
    people: [
      ...Array.from({ length: 4 }, (_, t) => ({ id: `f${t}`, facilitator: true, attributes: { sector: 'fac' } })),
      ...Array.from({ length: 28 }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 4}`, area: `a${i % 5}` } })),
    ],
    tables: Array.from({ length: 4 }, (_, t) => ({ id: `T${t}`, min: 6, max: 9 })),
    rounds: 3,
  };

  it('changes few seats when two people leave after the first round, and keeps the first round as it was', () => {
    const first = solve(base, 3, 3000);
    assert.deepEqual(first.violations, []);
    const problem: SeatingProblem = { ...base, replan: { previous: { rounds: first.rounds }, fromRound: 2, absent: ['p0', 'p1'] } };
    const again = solve(problem, 5, 3000);
    assert.deepEqual(again.violations, []);
    assert.deepEqual(again.rounds[0], first.rounds[0]);
    assert.ok(again.score.movedSeats <= 2, `moved ${again.score.movedSeats} seats`);
    for (const round of again.rounds.slice(1)) for (const t of round.tables) assert.ok(!t.people.includes('p0') && !t.people.includes('p1'));
  });

  it('moves people only as far as a new rule requires', () => {
    const first = solve(base, 3, 3000);
    const at = seats(first);
    // p2 and p3 now must be kept apart; if they met, at most a couple of seats per such round change.
    const problem: SeatingProblem = { ...base, keepApart: [['p2', 'p3']], replan: { previous: { rounds: first.rounds } } };
    const again = solve(problem, 5, 3000);
    assert.deepEqual(again.violations, []);
    const meetings = at.filter((m) => m.get('p2') === m.get('p3')).length;
    assert.ok(again.score.movedSeats <= 2 * meetings, `moved ${again.score.movedSeats} seats for ${meetings} meetings`);
  });
});

describe('scorePlan', () => {
  it('counts repeated pairs, new people and same-value pairs of a hand-made plan', () => {
    const problem: SeatingProblem = {
      people: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, attributes: { sector: i < 2 ? 'x' : 'y' } })),
      tables: [{ id: 'T1', min: 2, max: 2 }, { id: 'T2', min: 2, max: 2 }],
      rounds: 2,
    };
    const plan: SeatingPlan = {
      rounds: [
        { tables: [{ id: 'T1', people: ['a', 'b'] }, { id: 'T2', people: ['c', 'd'] }] },
        { tables: [{ id: 'T1', people: ['a', 'b'] }, { id: 'T2', people: ['c', 'd'] }] },
      ],
    };
    const { score, violations } = scorePlan(problem, plan);
    assert.deepEqual(violations, []);
    assert.equal(score.repeatedPairs, 2);
    assert.equal(score.fewestNewPeople, 1);
    assert.equal(score.sameValuePairs.sector, 4);
    assert.equal(score.sameValuePairsLowerBound.sector, 0);
  });

  it('counts meetings, forced meetings and new people as a pair-by-pair recount does, on any plan', () => {
    fc.assert(fc.property(satisfiableRoster, fc.integer({ min: 0, max: 1e6 }), (problem, seed) => {
      const rng = createRng(seed);
      // Any plan, rules broken or not: everyone at a random table in every round.
      const rounds = Array.from({ length: problem.rounds }, () => ({ tables: problem.tables.map((t) => ({ id: t.id, people: [] as string[] })) }));
      for (const round of rounds) for (const p of problem.people) round.tables[rng.int(problem.tables.length)].people.push(p.id);
      const { score } = scorePlan(problem, { rounds });
      const ids = problem.people.map((p) => p.id);
      const groupOf = new Map<string, number>();
      (problem.keepTogether ?? []).forEach((g, k) => { for (const id of g) groupOf.set(id, k); });
      const facilitatorTable = new Map(problem.people.filter((p) => p.facilitator).map((p, k) => [p.id, problem.tables[k].id]));
      const pinned = (id: string, r: number, table: string): boolean => facilitatorTable.get(id) === table
        || (problem.fixed ?? []).some((f) => f.person === id && f.table === table && (f.round === undefined || f.round === r + 1));
      let repeated = 0, forcedRepeated = 0, fewest = Infinity;
      const others = new Map(ids.map((id) => [id, new Set<string>()]));
      for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) {
        let k = 0, f = 0;
        rounds.forEach((round, r) => {
          const table = round.tables.find((t) => t.people.includes(ids[x]) && t.people.includes(ids[y]));
          if (!table) return;
          k++;
          const together = groupOf.has(ids[x]) && groupOf.get(ids[x]) === groupOf.get(ids[y]);
          if (together || (pinned(ids[x], r, table.id) && pinned(ids[y], r, table.id))) f++;
        });
        if (k > 0) { others.get(ids[x])!.add(ids[y]); others.get(ids[y])!.add(ids[x]); }
        repeated += Math.max(0, k - Math.max(1, f));
        forcedRepeated += Math.max(0, Math.min(k, f) - 1);
      }
      for (const set of others.values()) fewest = Math.min(fewest, set.size);
      assert.equal(score.repeatedPairs, repeated);
      assert.equal(score.forcedRepeatedPairs, forcedRepeated);
      assert.equal(score.fewestNewPeople, fewest);
    }), { numRuns: 40 });
  });

  it('finds a broken keep-apart and a person seated twice in a manual edit', () => {
    const problem: SeatingProblem = {
      people: ['a', 'b', 'c'].map((id) => ({ id })), tables: [{ id: 'T1', min: 0, max: 3 }, { id: 'T2', min: 0, max: 3 }], rounds: 1,
      keepApart: [['a', 'b']],
    };
    const { violations } = scorePlan(problem, { rounds: [{ tables: [{ id: 'T1', people: ['a', 'b'] }, { id: 'T2', people: ['a', 'c'] }] }] });
    assert.ok(violations.some((v) => v.code === 'keep_apart_broken'));
    assert.ok(violations.some((v) => v.code === 'person_seated_twice'));
  });
});
