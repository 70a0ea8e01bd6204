// Worker-thread entry: runs one seating or MDGP search off the main thread. Progress goes back as
// messages; the main thread asks for an early stop through a shared flag that the search polls,
// so a stop returns the best plan found so far instead of killing the thread.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { planSeating } from '../solver/seating.ts';
import { solveMdgp } from '../solver/mdgp.ts';
import type { SolverJob, WorkerMessage } from './solver-protocol.ts';

const job = workerData as SolverJob;
const stop = new Int32Array(job.stop);
const shouldStop = (): boolean => Atomics.load(stop, 0) !== 0;
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

try {
  if (job.kind === 'seating') {
    const result = planSeating(job.problem, {
      seed: job.seed,
      budgetMs: job.seconds * 1000,
      now: () => performance.now(),
      shouldStop,
      onProgress: ({ cost, elapsedMs }) => post({ type: 'progress', best: cost, elapsedMs }),
    });
    post({ type: 'done', kind: 'seating', result });
  } else {
    const result = solveMdgp(job.instance, {
      seed: job.seed,
      budgetMs: job.seconds * 1000,
      now: () => performance.now(),
      shouldStop,
      onProgress: ({ best, elapsedMs }) => post({ type: 'progress', best, elapsedMs }),
    });
    post({ type: 'done', kind: 'mdgp', result });
  }
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
