// The table notes and the merged list of proposals as one CSV (semicolon-separated with a
// byte-order mark, as Danish Excel opens it); typed text goes through spreadsheet-cell.ts, so none
// runs as a formula.
import type { ProposalItem, TableNote } from '../domain/after-summit/table-note.ts';
import { renderSpreadsheetCsv } from './spreadsheet-cell.ts';

export interface NotesCsvLabels { kind: string; round: string; table: string; text: string; keyPoints: string; proposal: string; merged: string }

export function renderTableNotesCsv(notes: TableNote[], proposals: ProposalItem[], labels: NotesCsvLabels): string {
  const rows: string[][] = [[labels.kind, labels.round, labels.table, labels.text]];
  for (const note of notes) {
    if (note.keyPoints) rows.push([labels.keyPoints, String(note.round), note.tableName, note.keyPoints]);
    for (const p of note.proposals) rows.push([labels.proposal, String(note.round), note.tableName, p]);
  }
  for (const item of proposals) rows.push([labels.merged, item.sources.map((s) => s.round).join(', '), item.sources.map((s) => s.tableName).join(', '), item.text]);
  return renderSpreadsheetCsv(rows);
}
