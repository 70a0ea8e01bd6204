// Runs the solver in a worker thread so a web request never blocks the event loop:
//   const plan = await runSeatingInWorker(problem, { seconds: 2, seed: 1, onProgress, signal });
// Aborting the signal stops the search early and resolves with the best plan found so far.
import { Worker } from 'node:worker_threads';
import type { SeatingProblem } from '../solver/problem.ts';
import type { SeatingResult } from '../solver/seating.ts';
import type { MdgpInstance, MdgpResult } from '../solver/mdgp.ts';
import type { SolverJob, WorkerMessage } from './solver-protocol.ts';

export interface WorkerRunOptions {
  seconds: number;
  seed?: number;
  /** Best objective so far (seating: internal cost, lower is better; MDGP: objective, higher is better). */
  onProgress?: (progress: { best: number; elapsedMs: number }) => void;
  /** Aborting stops the search and resolves with the best found so far. */
  signal?: AbortSignal;
}

/**
 * The worker's entry sits beside this file: compiled JavaScript in dist/, or TypeScript in src/.
 * A worker does not inherit loaders registered through tsx's API (as bin/launch.js does), and
 * Node 20 resolves a worker's entry before `--import` hooks run, so for the sources a tiny
 * bootstrap registers tsx inside the worker and then imports the entry.
 */
function bootstrapSource(): string {
  if (import.meta.url.endsWith('.js')) return `import(${JSON.stringify(new URL('./solver-worker.js', import.meta.url).href)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./solver-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

type JobSpec = SolverJob extends infer J ? (J extends SolverJob ? Omit<J, 'stop'> : never) : never;

function runJob<T>(job: JobSpec, options: WorkerRunOptions, pick: (m: Extract<WorkerMessage, { type: 'done' }>) => T): Promise<T> {
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(bootstrapSource(), { eval: true, workerData: { ...job, stop } as SolverJob });
    let settled = false;
    const onAbort = (): void => { Atomics.store(flag, 0, 1); };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (): void => {
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') options.onProgress?.({ best: message.best, elapsedMs: message.elapsedMs });
      else if (message.type === 'error') { finish(); reject(new Error(`Solver failed: ${message.message}`)); }
      else { finish(); resolve(pick(message)); }
    });
    worker.on('error', (error) => { if (!settled) { finish(); reject(error); } });
    worker.on('exit', (code) => { if (!settled) { settled = true; reject(new Error(`Solver worker exited with code ${code} before answering`)); } });
  });
}

export function runSeatingInWorker(problem: SeatingProblem, options: WorkerRunOptions): Promise<SeatingResult> {
  return runJob({ kind: 'seating', problem, seconds: options.seconds, seed: options.seed ?? 1 }, options, (m) => {
    if (m.kind !== 'seating') throw new Error('unexpected answer');
    return m.result;
  });
}

export function runMdgpInWorker(instance: MdgpInstance, options: WorkerRunOptions): Promise<MdgpResult> {
  return runJob({ kind: 'mdgp', instance, seconds: options.seconds, seed: options.seed ?? 1 }, options, (m) => {
    if (m.kind !== 'mdgp') throw new Error('unexpected answer');
    return m.result;
  });
}
