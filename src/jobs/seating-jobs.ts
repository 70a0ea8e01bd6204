// The PlanRunner of a server process: each planning job runs the solver in a worker thread, polls
// its stored row about every half second (progress out, stop requests in) and stores the result.
import type { PlanRunner } from '../ports.ts';
import type { SeatingProblem } from '../solver/problem.ts';
import { runSeatingInWorker } from '../workers/run-solver.ts';

export const pollIntervalMs = 500;

/**
 * Stores a job's end, trying again with growing pauses (about two minutes in all) while the
 * database is away, so a restart or failover during a long search does not lose its plan.
 */
async function storeEnd(store: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store();
    } catch (error) {
      if (attempt >= 12) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(15_000, 250 * 2 ** attempt)));
    }
  }
}

export function createSeatingJobs(): PlanRunner {
  const running = new Map<string, { controller: AbortController; finished: Promise<void> }>();
  return {
    start(job, hooks) {
      const controller = new AbortController();
      const started = performance.now();
      let best: number | null = null;
      let polling = false;
      const interval = setInterval(() => {
        if (polling) return;
        polling = true;
        hooks.poll({ bestCost: best, elapsedMs: performance.now() - started })
          .then((stop) => { if (stop) controller.abort(); })
          .catch(() => undefined)
          .finally(() => { polling = false; });
      }, pollIntervalMs);
      const finished = runSeatingInWorker(job.problem as SeatingProblem, {
        seconds: job.seconds,
        seed: job.seed,
        signal: controller.signal,
        onProgress: (progress) => { best = progress.best; },
      })
        .then((result) => { clearInterval(interval); return storeEnd(() => hooks.done(result as never)); },
          (error: unknown) => { clearInterval(interval); return storeEnd(() => hooks.failed(error instanceof Error ? error : new Error(String(error)))); })
        .catch(() => undefined)
        .finally(() => { clearInterval(interval); running.delete(job.planId); });
      running.set(job.planId, { controller, finished });
    },
    async stopAll() {
      const jobs = [...running.values()];
      for (const job of jobs) job.controller.abort();
      await Promise.all(jobs.map((job) => job.finished));
    },
  };
}
