// A facilitator's notes behind their personal link (/i/{token}/noter): the tables they lead, per
// round of the published plan, with what was saved so far; saving one table's note of one round.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { readNote, type TableNote } from '../../domain/after-summit/table-note.ts';
import type { Deps } from '../../ports.ts';
import { getParticipantTables } from '../seating/get-participant-tables.ts';

export interface FacilitatorNotes {
  summitTitle: string;
  name: string;
  tables: { round: number; tableId: string; tableName: string; note: TableNote | undefined }[];
}

async function ledTables(deps: Deps, token: string) {
  const view = await getParticipantTables(deps, token);
  // Only a facilitator writes notes; anyone else's link has no notes page.
  if (!view.participant.facilitator) throw new DomainError('not_found');
  const invitation = (await deps.db.stores.invitations.find(view.participant.id as never))!;
  const tables = view.rounds.flatMap((r) => (r.table ? [{ round: r.round, tableId: r.table.id, tableName: r.table.name }] : []));
  return { view, summitId: invitation.summitId as SummitId, tables };
}

export async function openFacilitatorNotes(deps: Deps, token: string): Promise<FacilitatorNotes> {
  const { view, summitId, tables } = await ledTables(deps, token);
  const notes = await deps.db.stores.tableNotes.listForSummit(summitId);
  return {
    summitTitle: view.summitTitle, name: view.participant.name,
    tables: tables.map((t) => ({ ...t, note: notes.find((n) => n.round === t.round && n.tableId === t.tableId) })),
  };
}

export async function saveTableNote(deps: Deps, token: string, input: { round: number; tableId: string; keyPoints: string; proposals: string }): Promise<TableNote> {
  const { view, summitId, tables } = await ledTables(deps, token);
  const table = tables.find((t) => t.round === input.round && t.tableId === input.tableId);
  if (!table) throw new DomainError('not_found', { round: input.round, tableId: input.tableId });
  const note: TableNote = { summitId, ...table, writtenBy: view.participant.id, ...readNote(input), updatedAt: deps.clock.now() };
  await deps.db.transaction(async (stores) => {
    await stores.tableNotes.save(note);
    await stores.audit.append({ action: 'table_note.saved', actor: `participant:${view.participant.id}`, summitId, subjectType: 'table', subjectId: table.tableId, data: { round: table.round } }, note.updatedAt);
  });
  return note;
}
