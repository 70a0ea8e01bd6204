// The last badge printed for each invitation, with the tables it showed.
import type { PrintedSeat } from '../domain/badge.ts';
import type { BadgePrintStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';

export function createBadgePrintStore({ db }: StoreContext): BadgePrintStore {
  return {
    async record(summitId, prints) {
      // One statement per 200 badges: a sheet of 168 is one round trip.
      for (let i = 0; i < prints.length; i += 200) {
        const rows = prints.slice(i, i + 200).map((print) => ({
          invitationId: print.invitationId, summitId, seats: JSON.stringify(print.seats), printedAt: print.printedAt, printedBy: print.printedBy,
        }));
        await db.insertInto('badgePrints').values(rows)
          .onConflict((oc) => oc.column('invitationId').doUpdateSet((eb) => ({
            seats: eb.ref('excluded.seats'), printedAt: eb.ref('excluded.printedAt'), printedBy: eb.ref('excluded.printedBy'),
          })))
          .execute();
      }
    },
    async listLatest(summitId) {
      const rows = await db.selectFrom('badgePrints').selectAll().where('summitId', '=', summitId).orderBy('invitationId').execute();
      return rows.map((row) => ({ invitationId: row.invitationId, seats: JSON.parse(row.seats) as PrintedSeat[], printedAt: row.printedAt, printedBy: row.printedBy }));
    },
  };
}
