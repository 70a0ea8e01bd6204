// A PlanRunner that plans in this thread with a short budget: the use cases' whole flow (rows,
// progress, result) without a worker's start-up, for fast property tests. The worker runner has
// its own tests through the API.
import type { PlanRunner } from '../../src/ports.ts';
import type { SeatingProblem } from '../../src/solver/problem.ts';
import { planSeating } from '../../src/solver/seating.ts';

export function createInlinePlanRunner(budgetMs = 50): PlanRunner & { idle(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    start(job, hooks) {
      const run = (async () => {
        await new Promise((resolve) => setImmediate(resolve));
        try {
          await hooks.poll({ bestCost: null, elapsedMs: 0 });
          const result = planSeating(job.problem as SeatingProblem, { seed: job.seed, budgetMs, now: () => performance.now() });
          await hooks.done(result as never);
        } catch (error) {
          await hooks.failed(error as Error);
        }
      })();
      pending.add(run);
      void run.finally(() => pending.delete(run));
    },
    async stopAll() { await Promise.all(pending); },
    async idle() { while (pending.size) await Promise.all(pending); },
  };
}
