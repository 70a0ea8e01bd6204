import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { designSchedule } from './designs.ts';
import { relabelCost, relabelDesign } from './relabel.ts';
import { createRng } from './rng.ts';
import { planSeating } from './seating.ts';
import type { SeatingProblem } from './problem.ts';

function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

/** g tables of s over w rounds; sector and area drawn from the seed, areas skewed towards one. */
function event(g: number, s: number, w: number, seed: number): SeatingProblem {
  const rng = createRng(seed);
  return {
    people: Array.from({ length: g * s }, (_, i) => ({
      id: `p${i + 1}`,
      attributes: { sector: `s${rng.int(5)}`, area: rng.next() < 0.4 ? 'a0' : `a${1 + rng.int(4)}` },
    })),
    tables: Array.from({ length: g }, (_, t) => ({ id: `T${t + 1}`, min: s, max: s })),
    rounds: w,
  };
}

/** Same-value pairs as the plan's attribute objective counts them, per person pair. */
function sameValueCosts(problem: SeatingProblem): Float64Array {
  const n = problem.people.length, cost = new Float64Array(n * n);
  problem.people.forEach((a, i) => problem.people.forEach((b, j) => {
    if (i === j) return;
    for (const key of Object.keys(a.attributes ?? {})) if (a.attributes![key] === b.attributes?.[key]) cost[i * n + j] += 1;
  }));
  return cost;
}

describe('relabelling a design to spread attributes', () => {
  it('keeps a permutation of the people and reports the cost it reached', () => {
    const design = designSchedule(15, 8, 8)!;
    const problem = event(15, 8, 8, 3);
    const input = { design: design.table, points: 120, rounds: 8, tables: 15, pairCost: sameValueCosts(problem) };
    const result = relabelDesign(input, { rng: createRng(1), now: tickingClock(), deadline: 200 });
    assert.deepEqual([...result.labelOf].sort((a, b) => a - b), Array.from({ length: 120 }, (_, i) => i));
    assert.ok(Math.abs(result.cost - relabelCost(input, result.labelOf)) < 1e-6);
    const identity = relabelCost(input, Int32Array.from({ length: 120 }, (_, i) => i));
    assert.ok(result.cost < identity * 0.9, `${result.cost} against ${identity} for the design as numbered`);
  });

  it('seats the 120-person event (15 tables of 8, 8 rounds, sector and area) with nobody meeting twice, better spread than the search alone', () => {
    const problem = event(15, 8, 8, 7);
    const planned = planSeating(problem, { seed: 1, budgetMs: 200, now: tickingClock() });
    const alone = planSeating(problem, { seed: 1, budgetMs: 200, now: tickingClock(), useDesigns: false });
    assert.equal(planned.stats.start, 'design');
    assert.deepEqual(planned.violations, []);
    assert.equal(planned.score.repeatedPairs, 0);
    assert.ok(alone.score.repeatedPairs > 0, 'the search alone leaves repeats here');
    const total = (r: typeof planned): number => r.score.sameValuePairs.sector + r.score.sameValuePairs.area;
    assert.ok(total(planned) <= total(alone), `${total(planned)} same-value pairs against ${total(alone)}`);
  });

  it('never leaves more repeats than the search alone on random sizes a design covers, with random attributes', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 1000 }), (g, s, w, seed) => {
      fc.pre(designSchedule(g, s, w) !== null);
      const problem = event(g, s, w, seed);
      const planned = planSeating(problem, { seed, budgetMs: 150, now: tickingClock() });
      const alone = planSeating(problem, { seed, budgetMs: 150, now: tickingClock(), useDesigns: false });
      assert.deepEqual(planned.violations, []);
      assert.equal(planned.score.repeatedPairs, 0, `${g}-${s}-${w}`);
      assert.ok(planned.score.repeatedPairs <= alone.score.repeatedPairs);
    }), { numRuns: 15 });
  });
});
