import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MdgpSearch, isFeasibleMdgpAssignment, mdgpObjective, solveMdgp } from './mdgp.ts';
import type { MdgpInstance } from './mdgp.ts';
import { parseMdgplib } from './mdgplib.ts';
import { createRng } from './rng.ts';

/** A random instance with feasible bounds: equal sizes (ss) or per-group intervals (ds). */
function randomInstance(seed: number, n: number, m: number, kind: 'ss' | 'ds'): MdgpInstance {
  const rng = createRng(seed);
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) d[i * n + j] = d[j * n + i] = Math.round(rng.next() * 100000) / 1000;
  const lower = new Int32Array(m), upper = new Int32Array(m);
  const base = Math.floor(n / m);
  for (let g = 0; g < m; g++) {
    if (kind === 'ss') { lower[g] = base; upper[g] = base; }
    else { lower[g] = Math.max(1, base - 1 - rng.int(2)); upper[g] = base + 1 + rng.int(3); }
  }
  if (kind === 'ss') for (let g = 0; g < n - base * m; g++) upper[g]++;
  return { n, m, d, lower, upper };
}

/** A clock that advances one tick per reading, so a run is reproducible whatever the machine. */
function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

describe('MDGP contribution matrix', () => {
  it('keeps the incremental objective and contributions equal to a from-scratch rebuild after random moves and swaps', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 4, max: 24 }), fc.integer({ min: 2, max: 5 }),
      fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }),
      (seed, n, m, steps) => {
        fc.pre(n >= m);
        const inst = randomInstance(seed, n, m, 'ds');
        inst.lower.fill(0);
        inst.upper.fill(n);
        const search = new MdgpSearch(inst, createRng(seed), () => 0, Infinity);
        const part = new Int32Array(n);
        search.randomPartition(part);
        search.load(part);
        for (const [isSwap, a, b] of steps) {
          const x = a % n, y = b % n;
          if (isSwap) { if (search.p[x] !== search.p[y]) search.applySwap(x, y); }
          else if (search.p[x] !== b % m) search.applyMove(x, b % m);
        }
        const exact = mdgpObjective(inst, search.p);
        assert.ok(Math.abs(search.f - exact) <= 1e-6 * Math.max(1, exact), `incremental ${search.f} vs exact ${exact}`);
        const rebuilt = new MdgpSearch(inst, createRng(1), () => 0, Infinity);
        rebuilt.load(search.p);
        for (let k = 0; k < search.ct.length; k++) assert.ok(Math.abs(search.ct[k] - rebuilt.ct[k]) < 1e-6);
      }), { numRuns: 60 });
  });

  it('ends local search where no feasible move or swap improves the objective', () => {
    for (const kind of ['ss', 'ds'] as const) {
      const inst = randomInstance(11, 30, 4, kind);
      const search = new MdgpSearch(inst, createRng(3), () => 0, Infinity);
      const part = new Int32Array(inst.n);
      search.randomPartition(part);
      const f = search.localSearch(part);
      assert.ok(Math.abs(f - mdgpObjective(inst, part)) < 1e-6);
      const size = new Int32Array(inst.m);
      for (const g of part) size[g]++;
      for (let i = 0; i < inst.n; i++) {
        for (let h = 0; h < inst.m; h++) {
          if (h === part[i] || size[part[i]] <= inst.lower[part[i]] || size[h] >= inst.upper[h]) continue;
          const moved = part.slice();
          moved[i] = h;
          assert.ok(mdgpObjective(inst, moved) <= f + 1e-3, `move ${i}→${h} improves`);
        }
        for (let j = i + 1; j < inst.n; j++) {
          if (part[i] === part[j]) continue;
          const swapped = part.slice();
          swapped[i] = part[j];
          swapped[j] = part[i];
          assert.ok(mdgpObjective(inst, swapped) <= f + 1e-3, `swap ${i}↔${j} improves`);
        }
      }
    }
  });
});

describe('solveMdgp', () => {
  it('returns group sizes within every group\'s bounds on different-size (ds) instances', () => {
    for (const seed of [1, 2, 3]) {
      const inst = randomInstance(seed, 40, 5, 'ds');
      const result = solveMdgp(inst, { seed, budgetMs: 3000, now: tickingClock() });
      assert.ok(isFeasibleMdgpAssignment(inst, result.assignment));
      assert.ok(Math.abs(result.objective - mdgpObjective(inst, result.assignment)) < 1e-6);
    }
  });

  it('is deterministic for a seed', () => {
    const inst = randomInstance(5, 36, 4, 'ss');
    const a = solveMdgp(inst, { seed: 42, budgetMs: 3000, now: tickingClock() });
    const b = solveMdgp(inst, { seed: 42, budgetMs: 3000, now: tickingClock() });
    assert.deepEqual(Array.from(a.assignment), Array.from(b.assignment));
    assert.equal(a.objective, b.objective);
  });

  it('returns a feasible best as soon as it is asked to stop', () => {
    const inst = randomInstance(9, 60, 6, 'ds');
    let polls = 0;
    let progressed = 0;
    const result = solveMdgp(inst, { seed: 1, budgetMs: 1e9, now: () => 0, shouldStop: () => ++polls > 5, onProgress: () => { progressed++; } });
    assert.ok(isFeasibleMdgpAssignment(inst, result.assignment));
    assert.ok(progressed >= 1);
    assert.ok(Math.abs(result.objective - mdgpObjective(inst, result.assignment)) < 1e-6);
  });

  it('beats a random grouping by far on a small instance', () => {
    const inst = randomInstance(21, 48, 4, 'ss');
    const result = solveMdgp(inst, { seed: 3, budgetMs: 2000, now: tickingClock() });
    const search = new MdgpSearch(inst, createRng(8), () => 0, Infinity);
    const random = new Int32Array(inst.n);
    search.randomPartition(random);
    assert.ok(result.objective > mdgpObjective(inst, random) * 1.05);
  });
});

describe('parseMdgplib', () => {
  it('reads the header, the bounds and both halves of the symmetric matrix', () => {
    const parsed = parseMdgplib('3 2 ds 1 2 1 2\n0 1 1.5\n0 2 2.25\n1 2 3\n');
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const { instance } = parsed;
    assert.equal(instance.n, 3);
    assert.deepEqual(Array.from(instance.lower), [1, 1]);
    assert.deepEqual(Array.from(instance.upper), [2, 2]);
    assert.equal(instance.d[2 * 3 + 0], 2.25);
    assert.equal(instance.d[1 * 3 + 2], 3);
    assert.equal(mdgpObjective(instance, [0, 0, 1]), 1.5);
  });

  it('rejects a file with missing distance lines', () => {
    const parsed = parseMdgplib('3 2 ss 1 2 1 2\n0 1 1.5\n');
    assert.equal(parsed.ok, false);
  });
});
