// The PlanRunner of a server process: each planning job runs the solver in a worker thread, polls
// its stored row about every half second (progress out, stop requests in) and stores the result.
import type { PlanRunner } from '../ports.ts';
import type { SeatingProblem } from '../solver/problem.ts';
import { runSeatingInWorker } from '../workers/run-solver.ts';

export const pollIntervalMs = 500;

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
        .then((result) => { clearInterval(interval); return hooks.done(result as never); },
          (error: unknown) => { clearInterval(interval); return hooks.failed(error instanceof Error ? error : new Error(String(error))); })
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
