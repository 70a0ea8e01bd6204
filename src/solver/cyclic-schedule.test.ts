import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cyclicCandidates, searchCyclicSchedule } from './cyclic-schedule.ts';
import type { CyclicScheduleProblem } from './cyclic-schedule.ts';
import { planSeating } from './seating.ts';
import { createRng } from './rng.ts';
import type { SeatingProblem } from './problem.ts';

function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

/** Checks every round seats everyone once at tables of exactly `size`, and recounts the repeats. */
function recount(problem: CyclicScheduleProblem, table: Int32Array): number {
  const { people: n, tables, size, rounds } = problem;
  const met = new Int32Array(n * n);
  let repeats = 0;
  for (let r = 0; r < rounds; r++) {
    const at: number[][] = Array.from({ length: tables }, () => []);
    for (let i = 0; i < n; i++) {
      const t = table[r * n + i];
      assert.ok(t >= 0 && t < tables, `person ${i} has a table in round ${r + 1}`);
      at[t].push(i);
    }
    for (const list of at) {
      assert.equal(list.length, size, `round ${r + 1} seats ${size} at every table`);
      for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) if (met[list[a] * n + list[b]]++ > 0) repeats++;
    }
  }
  return repeats;
}

describe('cyclic schedules', () => {
  it('finds a repeat-free Kirkman schoolgirl schedule (15 people, 5 tables of 3, 7 rounds)', () => {
    const problem = { people: 15, tables: 5, size: 3, rounds: 7 };
    const found = searchCyclicSchedule(problem, { rng: createRng(1), now: tickingClock(), deadline: 100 });
    assert.ok(found);
    assert.equal(found.repeatedPairs, 0);
    assert.equal(recount(problem, found.table), 0);
  });

  it('finds repeat-free schedules where resolvable designs exist (16 at 4×4 over 5, 36 at 9×4 over 8)', () => {
    for (const problem of [{ people: 16, tables: 4, size: 4, rounds: 5 }, { people: 36, tables: 9, size: 4, rounds: 8 }]) {
      const found = searchCyclicSchedule(problem, { rng: createRng(2), now: tickingClock(), deadline: 100 });
      assert.ok(found);
      assert.equal(recount(problem, found.table), 0, JSON.stringify(problem));
    }
  });

  it('seats 32 people at 8 tables of 4 over 10 rounds with at most 10 repeated pairs, as it reports', () => {
    const problem = { people: 32, tables: 8, size: 4, rounds: 10 };
    const found = searchCyclicSchedule(problem, { rng: createRng(1), now: tickingClock(), deadline: 200 });
    assert.ok(found);
    const repeats = recount(problem, found.table);
    assert.equal(repeats, found.repeatedPairs);
    assert.ok(repeats <= 10, `${repeats} repeated pairs`);
  });

  it('offers no cycle when the tables cannot split the people evenly, there is one round, or the roster is huge', () => {
    assert.deepEqual(cyclicCandidates({ people: 30, tables: 8, size: 4, rounds: 10 }), []);
    assert.deepEqual(cyclicCandidates({ people: 32, tables: 8, size: 4, rounds: 1 }), []);
    assert.deepEqual(cyclicCandidates({ people: 32, tables: 8, size: 4, rounds: 10 }), [10, 5, 2]);
    assert.deepEqual(cyclicCandidates({ people: 4000, tables: 500, size: 8, rounds: 4 }), [], 'too large to keep a tabu list per pair');
  });

  it('gives the table planner its start where no design fits (36 at 9 tables of 4 over 11 rounds), no violations', () => {
    const result = planSeating({
      people: Array.from({ length: 36 }, (_, i) => ({ id: `g${i + 1}` })),
      tables: Array.from({ length: 9 }, (_, t) => ({ id: `G${t + 1}`, min: 4, max: 4 })),
      rounds: 11,
    }, { seed: 1, budgetMs: 1000, now: tickingClock() });
    assert.deepEqual(result.violations, []);
    assert.equal(result.stats.start, 'cyclic');
    assert.ok(result.stats.cycle);
  });

  it('leaves the social golfer case 8-4-10 to its design, which the cyclic start cannot reach', () => {
    const result = planSeating({
      people: Array.from({ length: 32 }, (_, i) => ({ id: `g${i + 1}` })),
      tables: Array.from({ length: 8 }, (_, t) => ({ id: `G${t + 1}`, min: 4, max: 4 })),
      rounds: 10,
    }, { seed: 1, budgetMs: 1000, now: tickingClock() });
    assert.equal(result.stats.start, 'design');
    assert.equal(result.score.repeatedPairs, 0);
  });

  it('seats 28 people at 7 tables of 4 over 9 rounds with nobody meeting twice, which the greedy start misses', () => {
    const problem = (marked: boolean): SeatingProblem => ({
      // A negligible attribute makes the problem more than a repeat problem, so the greedy start is used.
      people: Array.from({ length: 28 }, (_, i) => ({ id: `p${i}`, attributes: marked ? { x: String(i % 2) } : ({} as Record<string, string>) })),
      tables: Array.from({ length: 7 }, (_, t) => ({ id: `T${t}`, min: 4, max: 4 })),
      rounds: 9,
      weights: marked ? { x: 0.0001 } : {},
    });
    const cyclic = planSeating(problem(false), { seed: 1, budgetMs: 1000, now: tickingClock() });
    assert.equal(cyclic.stats.start, 'cyclic');
    assert.equal(cyclic.score.repeatedPairs, 0);
    const greedy = planSeating(problem(true), { seed: 1, budgetMs: 1000, now: tickingClock() });
    assert.equal(greedy.stats.start, 'greedy');
    assert.ok(greedy.score.repeatedPairs > 0, 'without the cyclic start the same search leaves repeats');
  });

  it('gives the same schedule for the same seed and clock, and another for another seed', () => {
    const problem = { people: 32, tables: 8, size: 4, rounds: 10 };
    const run = (seed: number) => searchCyclicSchedule(problem, { rng: createRng(seed), now: tickingClock(), deadline: 20 })!;
    assert.deepEqual(run(3).table, run(3).table);
    assert.notDeepEqual(run(3).table, run(4).table);
  });

  it('leaves problems where more than repeats matter, and no design fits, to the greedy start', () => {
    const result = planSeating({
      people: Array.from({ length: 36 }, (_, i) => ({ id: `g${i + 1}`, attributes: { sector: `s${i % 4}` } })),
      tables: Array.from({ length: 9 }, (_, t) => ({ id: `G${t + 1}`, min: 4, max: 4 })),
      rounds: 11,
    }, { seed: 1, budgetMs: 200, now: tickingClock() });
    assert.equal(result.stats.start, 'greedy');
    assert.deepEqual(result.violations, []);
  });
});
