// The table notes as a flowing document for the DOCX and PDF downloads: per theme (rounds that
// share a question together), each table's key points and proposals, then the merged list.
import type { FlowBlock, FlowDocument } from '../../../domain/after-summit/flow-document.ts';
import type { SummitNotes } from '../../../use-cases/table-notes/summit-notes.ts';
import type { Messages } from '../../i18n/messages.ts';

export function notesDocument(t: Messages, notes: SummitNotes, names: Map<string, string>): FlowDocument {
  const n = t.afterSummit.notes;
  const title = n.documentTitle(notes.summit.title);
  const blocks: FlowBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (notes.themes.length === 0) blocks.push({ kind: 'paragraph', text: n.none });
  for (const { theme, rounds, notes: tables } of notes.themes) {
    blocks.push({ kind: 'heading', level: 2, text: theme ? n.themeHeading(theme, n.roundsList(rounds)) : n.noTheme(rounds[0]!) });
    for (const note of tables) {
      blocks.push({ kind: 'heading', level: 3, text: n.themeTable(note.round, note.tableName, names.get(note.writtenBy) ?? '') });
      if (note.keyPoints) blocks.push({ kind: 'paragraph', text: note.keyPoints });
      if (note.proposals.length) blocks.push({ kind: 'paragraph', text: `${n.proposalsLabel}:` }, { kind: 'list', ordered: false, items: note.proposals });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: n.listHeading });
  if (notes.proposals.length === 0) blocks.push({ kind: 'paragraph', text: n.listEmpty });
  else blocks.push({ kind: 'list', ordered: true, items: notes.proposals.map((p) => `${p.text} (${n.from(p.sources.map((s) => n.source(s.round, s.tableName)).join(', '))})`) });
  return { title, blocks };
}
