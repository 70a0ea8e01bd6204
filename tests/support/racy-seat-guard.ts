// The seat guard switched off, for the race tests only. Guarded work runs on the shared stores,
// outside any transaction or lock, and is staged into the interleaving a missing guard allows:
// each caller counts the held seats (alone or as part of the seat state), lets the event loop turn once (so requests still arriving
// get in: over HTTP on SQLite a request otherwise runs start to end in one turn), and waits until
// every caller inside the guard has counted before it goes on to take a seat. So concurrent
// requests act on the same stale count, without waiting for any length of time. Racing against
// it must oversell: that proves the race tests' race is real and that they would notice a broken
// guard.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SeatGuard, Stores, UnitOfWork } from '../../src/ports.ts';

export function createRacySeatGuard(db: UnitOfWork): SeatGuard {
  let uncounted = 0;
  let waiting: (() => void)[] = [];
  const released = () => {
    if (uncounted > 0) return;
    const go = waiting;
    waiting = [];
    for (const resolve of go) resolve();
  };
  return {
    async hold(_summitId, work) {
      uncounted++;
      let counted = false;
      const countOnce = () => {
        if (counted) return;
        counted = true;
        uncounted--;
        released();
      };
      const { invitations, seats } = db.stores;
      // Both ways of counting held seats: the count alone, and with the rest of a seat decision.
      const staged = async <T>(counting: Promise<T>): Promise<T> => {
        const held = await counting;
        if (!counted) {
          await nextTurn();
          const allCounted = new Promise<void>((resolve) => waiting.push(resolve));
          countOnce();
          await allCounted;
        }
        return held;
      };
      const stores: Stores = {
        ...db.stores,
        invitations: { ...invitations, countHeld: (...args) => staged(invitations.countHeld(...args)) },
        seats: { state: (...args) => staged(seats.state(...args)) },
      };
      try {
        return await work(stores);
      } finally {
        countOnce();
      }
    },
  };
}
