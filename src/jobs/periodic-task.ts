// Runs a piece of background work at once and then every `everyMs`, never two runs at a time. The
// timer does not keep the process alive; a failed run is reported and the next one runs as usual.
export interface PeriodicTask {
  /** Stops the timer and waits for a run under way. */
  stop(): Promise<void>;
}

export function startPeriodicTask(run: () => Promise<unknown>, everyMs: number, onError: (error: unknown) => void): PeriodicTask {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running ??= run().catch(onError).finally(() => { running = undefined; });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
