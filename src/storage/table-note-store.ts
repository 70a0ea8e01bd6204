// The facilitators' notes per table and round (one row each, replaced on every save) and the
// coordinator's merged list of proposals.
import { randomUUID } from 'node:crypto';
import type { ProposalItem } from '../domain/after-summit/table-note.ts';
import type { TableNoteStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';

export function createTableNoteStore({ db }: StoreContext): TableNoteStore {
  return {
    async save(note) {
      const row = { ...note, proposals: JSON.stringify(note.proposals) };
      const { summitId: _s, round: _r, tableId: _t, ...changes } = row;
      await db.insertInto('tableNotes').values(row).onConflict((oc) => oc.columns(['summitId', 'round', 'tableId']).doUpdateSet(changes)).execute();
    },
    listForSummit: async (summitId) => (await db.selectFrom('tableNotes').selectAll().where('summitId', '=', summitId)
      .orderBy('round').orderBy('tableName').orderBy('tableId').execute()).map((row) => ({ ...row, proposals: JSON.parse(row.proposals) as string[] })),
    async addProposal(summitId, item, now) {
      const id = randomUUID();
      await db.insertInto('proposalItems').values({ id, summitId, text: item.text, sources: JSON.stringify(item.sources), createdAt: now }).execute();
      return { id, ...item };
    },
    async removeProposal(summitId, id) {
      const result = await db.deleteFrom('proposalItems').where('summitId', '=', summitId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows ?? 0) > 0;
    },
    listProposals: async (summitId) => (await db.selectFrom('proposalItems').selectAll().where('summitId', '=', summitId).orderBy('createdAt').orderBy('id').execute())
      .map((row) => ({ id: row.id, text: row.text, sources: JSON.parse(row.sources) as ProposalItem['sources'] })),
  };
}
