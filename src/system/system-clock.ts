import type { Clock } from '../ports.ts';

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock that tests move by hand. */
export function fixedClock(start: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current).toISOString(),
    set: (iso) => { current = new Date(iso).getTime(); },
    advance: (ms) => { current += ms; },
  };
}
