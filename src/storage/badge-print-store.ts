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
    async listLatestOfConfirmed(summitId) {
      // The summit is named on every table, so each is read through its summit's index.
      const rows = await db.selectFrom('badgePrints as b')
        .innerJoin('invitations as i', (join) => join.onRef('i.id', '=', 'b.invitationId').on('i.summitId', '=', summitId).on('i.status', '=', 'confirmed'))
        .innerJoin('stakeholderGroups as g', (join) => join.onRef('g.id', '=', 'i.groupId').on('g.summitId', '=', summitId))
        .where('b.summitId', '=', summitId)
        .select(['b.invitationId', 'i.name', 'b.seats', 'b.printedAt', 'b.printedBy'])
        .orderBy('g.position').orderBy('i.name').orderBy('i.id')
        .execute();
      return rows.map((row) => ({ invitationId: row.invitationId, name: row.name, seats: JSON.parse(row.seats) as PrintedSeat[], printedAt: row.printedAt, printedBy: row.printedBy }));
    },
  };
}
