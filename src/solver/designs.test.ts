import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { designSchedule, maxDesignRounds } from './designs.ts';
import { planSeating } from './seating.ts';
import { scorePlan } from './score.ts';
import type { SeatingProblem } from './problem.ts';

function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

/**
 * Recounts a schedule from scratch, trusting nothing the construction says: every round seats each
 * person once at a table of exactly `size`, and returns how many pairs meet more than once.
 */
function repeatsOf(tables: number, size: number, rounds: number, table: Int32Array): number {
  const n = tables * size;
  assert.equal(table.length, rounds * n, 'one seat per person and round');
  const met = new Uint8Array(n * n);
  let repeats = 0;
  for (let r = 0; r < rounds; r++) {
    const at: number[][] = Array.from({ length: tables }, () => []);
    for (let i = 0; i < n; i++) {
      const t = table[r * n + i];
      assert.ok(Number.isInteger(t) && t >= 0 && t < tables, `person ${i} has a table in round ${r + 1}`);
      at[t].push(i);
    }
    for (const list of at) {
      assert.equal(list.length, size, `round ${r + 1} seats ${size} at every table`);
      for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) if (met[list[a] * n + list[b]]++ > 0) repeats++;
    }
  }
  return repeats;
}

const pureRepeat = (tables: number, size: number, rounds: number): SeatingProblem => ({
  people: Array.from({ length: tables * size }, (_, i) => ({ id: `g${i + 1}` })),
  tables: Array.from({ length: tables }, (_, t) => ({ id: `T${t + 1}`, min: size, max: size })),
  rounds,
});

describe('repeat-free schedules from designs', () => {
  // g-s-w: g tables of s over w rounds, the most rounds each construction reaches.
  const known: [number, number, number, string][] = [
    [5, 3, 7, 'Kirkman triple system of order 15'],
    [3, 3, 4, 'affine plane AG(2, 3)'],
    [4, 4, 5, 'affine plane AG(2, 4)'],
    [8, 4, 10, 'the social golfer schedule 8-4-10'],
    [10, 4, 13, 'resolvable 2-(40, 4, 1) design'],
    [8, 8, 9, 'affine plane AG(2, 8)'],
    [9, 3, 13, 'Kirkman triple system of order 27'],
    [16, 4, 21, 'resolvable design on 64 points'],
    [7, 5, 7, 'transversal design over GF(7)'],
    [6, 2, 11, 'round robin of 12'],
    [32, 4, 42, 'transversal design over GF(32) with 8-4-10 in its columns'],
  ];
  for (const [g, s, w, name] of known) {
    it(`seats ${g * s} people at ${g} tables of ${s} over ${w} rounds with nobody meeting twice (${name})`, () => {
      assert.equal(maxDesignRounds(g, s), w);
      const design = designSchedule(g, s, w);
      assert.ok(design);
      assert.equal(repeatsOf(g, s, w, design.table), 0);
    });
  }

  it('builds every shorter schedule of a design too, and none longer than it reaches', () => {
    for (let w = 1; w <= 10; w++) assert.equal(repeatsOf(8, 4, w, designSchedule(8, 4, w)!.table), 0);
    assert.equal(designSchedule(8, 4, 11), null);
    assert.equal(designSchedule(6, 4, 7), null, 'no construction here for 24 people at 6 tables of 4 over 7 rounds');
  });

  it('holds on every size it constructs, checked pair by pair', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 }), (g, s) => {
      const w = maxDesignRounds(g, s);
      assert.ok(w >= 1, 'one round is always repeat-free');
      const design = designSchedule(g, s, w)!;
      assert.equal(repeatsOf(g, s, w, design.table), 0, `${g}-${s}-${w} from ${design.source}`);
      if (s === 2) assert.equal(w, 2 * g - 1, 'a round robin meets everyone');
    }), { numRuns: 60 });
  });

  it('holds on every size a difference matrix over Z_g gives, checked pair by pair (15-8-8 among them)', () => {
    assert.equal(designSchedule(15, 8, 8)?.source, 'difference matrix over Z15');
    assert.equal(repeatsOf(15, 8, 8, designSchedule(15, 8, 8)!.table), 0);
    fc.assert(fc.property(fc.integer({ min: 2, max: 24 }), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 24 }), (g, s, w) => {
      fc.pre(s <= g && w <= g);
      const design = designSchedule(g, s, w);
      if (design) assert.equal(repeatsOf(g, s, w, design.table), 0, `${g}-${s}-${w} from ${design.source}`);
    }), { numRuns: 60 });
  });

  it('answers null, never throws, for sizes that make no sense', () => {
    assert.equal(designSchedule(0, 4, 3), null);
    assert.equal(designSchedule(4, -1, 3), null);
    assert.equal(designSchedule(4, 4, 0), null);
    assert.equal(designSchedule(4.5, 4, 2), null);
  });

  it('meets every pair exactly once where the design is complete (8-4-10 all but one partner, 10-4-13 all)', () => {
    for (const [g, s, w, missed] of [[8, 4, 10, 1], [10, 4, 13, 0], [5, 3, 7, 0], [4, 4, 5, 0]]) {
      const n = g * s, table = designSchedule(g, s, w)!.table;
      const partners = new Array<number>(n).fill(0);
      for (let r = 0; r < w; r++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && table[r * n + i] === table[r * n + j]) partners[i]++;
      assert.equal(repeatsOf(g, s, w, table), 0);
      assert.deepEqual(new Set(partners), new Set([n - 1 - missed]), `${g}-${s}-${w}: everyone meets ${n - 1 - missed} others`);
    }
  });

  it('gives the planner repeat-free plans straight from a design (8-4-10, 10-4-13, 8-4-9, 4-4-5, 5-3-7)', () => {
    for (const [g, s, w] of [[8, 4, 10], [10, 4, 13], [8, 4, 9], [4, 4, 5], [5, 3, 7]]) {
      const problem = pureRepeat(g, s, w);
      const result = planSeating(problem, { seed: 1, budgetMs: 50, now: tickingClock() });
      assert.deepEqual(result.violations, []);
      assert.equal(result.stats.start, 'design');
      assert.equal(result.score.repeatedPairs, 0);
      assert.deepEqual(scorePlan(problem, result).score.repeatedPairs, 0);
    }
  });

  it('is never worse than the search alone on pure repeat sizes that a design covers', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 1000 }), (g, s, w, seed) => {
      fc.pre(designSchedule(g, s, w) !== null);
      const problem = pureRepeat(g, s, w);
      const planned = planSeating(problem, { seed, budgetMs: 200, now: tickingClock() });
      const alone = planSeating(problem, { seed, budgetMs: 200, now: tickingClock(), useDesigns: false });
      assert.equal(alone.stats.start, 'greedy');
      assert.equal(planned.stats.start, 'design');
      assert.equal(planned.score.repeatedPairs, 0);
      assert.ok(planned.score.repeatedPairs <= alone.score.repeatedPairs);
    }), { numRuns: 20 });
  });
});
