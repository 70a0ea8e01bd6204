// The coordinator's view of every table's notes, per round and per theme (the round's question,
// see save-round-questions.ts), and the merged list of proposals: a proposal is picked by its place
// ("round:tableId:index") and merged under one wording.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Summit } from '../../domain/summit.ts';
import { noteLimits, type ProposalItem, type TableNote } from '../../domain/after-summit/table-note.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export interface SummitNotes {
  summit: Summit;
  /** Each round with notes, with its question or theme ('' where it has none). */
  rounds: { round: number; theme: string; notes: TableNote[] }[];
  /**
   * The same notes per theme: rounds that share a question form one theme, in the order of their
   * first round; a round without a question stands alone (theme '').
   */
  themes: { theme: string; rounds: number[]; notes: TableNote[] }[];
  proposals: ProposalItem[];
}

/** Groups the rounds by their theme, comparing themes with spaces and case folded. */
export function notesByTheme(rounds: SummitNotes['rounds']): SummitNotes['themes'] {
  const themes: SummitNotes['themes'] = [];
  const byKey = new Map<string, SummitNotes['themes'][number]>();
  for (const { round, theme, notes } of rounds) {
    const key = theme.replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
    const found = key ? byKey.get(key) : undefined;
    if (found) { found.rounds.push(round); found.notes.push(...notes); continue; }
    const entry = { theme, rounds: [round], notes: [...notes] };
    themes.push(entry);
    if (key) byKey.set(key, entry);
  }
  return themes;
}

export const proposalKey = (note: Pick<TableNote, 'round' | 'tableId'>, index: number) => `${note.round}:${note.tableId}:${index}`;

export async function getSummitNotes(deps: Deps, summitId: SummitId): Promise<SummitNotes> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [notes, proposals, questions] = await Promise.all([
    stores.tableNotes.listForSummit(summitId), stores.tableNotes.listProposals(summitId), stores.seatingPlans.listRoundQuestions(summitId),
  ]);
  const rounds = [...new Set(notes.map((n) => n.round))].sort((a, b) => a - b)
    .map((round) => ({ round, theme: (questions[round - 1] ?? '').trim(), notes: notes.filter((n) => n.round === round) }));
  return { summit, rounds, themes: notesByTheme(rounds), proposals };
}

/** The summit's notes with the names of the facilitators who wrote them (by invitation id). */
export async function getSummitNotesWithWriters(deps: Deps, summitId: SummitId): Promise<{ notes: SummitNotes; writers: Map<string, string> }> {
  const notes = await getSummitNotes(deps, summitId);
  // Only the names of those who wrote a note are shown: before the day nobody has, and nobody is read.
  const wrote = new Set(notes.rounds.flatMap((r) => r.notes.map((n) => n.writtenBy)));
  const people = wrote.size === 0 ? [] : await deps.db.stores.invitations.listSummaries(summitId);
  return { notes, writers: new Map(people.filter((p) => wrote.has(p.id)).map((p) => [p.id as string, p.name])) };
}

/** Adds one line to the merged list from the picked proposals, in the coordinator's words or the first pick's. */
export async function mergeProposals(deps: Deps, access: Access, summitId: SummitId, input: { picks: string[]; text?: string | undefined }): Promise<ProposalItem> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const notes = await stores.tableNotes.listForSummit(summitId);
    const picked = input.picks.map((key) => {
      for (const note of notes) for (const [i, text] of note.proposals.entries()) if (proposalKey(note, i) === key) return { note, text };
      throw new DomainError('validation_failed', { picks: key });
    });
    if (picked.length === 0) throw new DomainError('validation_failed', { picks: 'none' });
    const text = (input.text?.trim() || picked[0]!.text).slice(0, noteLimits.proposal);
    const sources = picked.map(({ note }) => ({ round: note.round, tableName: note.tableName }));
    const now = deps.clock.now();
    const item = await stores.tableNotes.addProposal(summitId, { text, sources }, now);
    await stores.audit.append({ action: 'proposal.merged', actor, summitId, subjectType: 'proposal', subjectId: item.id, data: { from: picked.length } }, now);
    return item;
  });
}

export async function removeProposal(deps: Deps, access: Access, summitId: SummitId, id: string): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    if (!(await stores.tableNotes.removeProposal(summitId, id))) throw new DomainError('not_found', { id });
    await stores.audit.append({ action: 'proposal.removed', actor, summitId, subjectType: 'proposal', subjectId: id }, deps.clock.now());
  });
}
