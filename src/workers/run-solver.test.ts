import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runMdgpInWorker, runSeatingInWorker } from './run-solver.ts';
import { scorePlan } from '../solver/score.ts';
import { isFeasibleMdgpAssignment } from '../solver/mdgp.ts';
import type { SeatingProblem } from '../solver/problem.ts';

const problem: SeatingProblem = {
  people: [
    ...Array.from({ length: 5 }, (_, t) => ({ id: `f${t}`, facilitator: true })),
    ...Array.from({ length: 35 }, (_, i) => ({ id: `p${i}`, attributes: { sector: `s${i % 5}`, area: `a${i % 7}` } })),
  ],
  tables: Array.from({ length: 5 }, (_, t) => ({ id: `T${t}`, min: 7, max: 9 })),
  rounds: 4,
  keepApart: [['p1', 'p2']],
};

describe('runSeatingInWorker', () => {
  it('solves in a worker thread and reports progress', async () => {
    let progress = 0;
    const result = await runSeatingInWorker(problem, { seconds: 0.5, seed: 3, onProgress: () => { progress++; } });
    assert.ok(progress >= 1, 'progress callback fired');
    assert.deepEqual(result.violations, []);
    assert.deepEqual(scorePlan(problem, result).violations, []);
  });

  it('returns a valid plan soon after an abort, long before its time is up', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    const result = await runSeatingInWorker(problem, { seconds: 60, seed: 4, signal: controller.signal });
    assert.ok(Date.now() - started < 20_000, 'stopped early');
    assert.equal(result.rounds.length, 4);
    assert.deepEqual(scorePlan(problem, result).violations, []);
  });
});

describe('runMdgpInWorker', () => {
  it('returns a feasible grouping', async () => {
    const n = 30, m = 3;
    const d = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) d[i * n + j] = ((i * 7 + j * 7) % 11) + 1;
    const instance = { n, m, d, lower: new Int32Array(m).fill(8), upper: new Int32Array(m).fill(12) };
    const result = await runMdgpInWorker(instance, { seconds: 0.2, seed: 1 });
    assert.ok(isFeasibleMdgpAssignment(instance, result.assignment));
  });
});
