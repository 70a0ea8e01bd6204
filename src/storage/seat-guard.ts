// The seat guard as a lock on the summit's row (SqlDialect.lockRows): the same lock that quota and
// capacity changes take, so seats are counted against figures that cannot change underneath.
import type { SeatGuard, UnitOfWork } from '../ports.ts';

export function createSeatGuard(db: UnitOfWork): SeatGuard {
  return {
    hold: (summitId, work) => db.transaction(async (stores) => {
      await stores.summits.lock(summitId);
      return work(stores);
    }),
  };
}
