// /admin/summits/:id/notes ("Bordnoter"): every table's notes per round (with the round's theme)
// or per theme (rounds that share a question together, ?by=theme), the proposals to pick and merge
// into one line of the list, the merged list, and the downloads (DOCX, PDF, CSV).
import type { TableNote } from '../../../domain/after-summit/table-note.ts';
import { proposalKey, type SummitNotes } from '../../../use-cases/table-notes/summit-notes.ts';
import { CsrfField, TextField } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, type FormState } from '../admin-shell.tsx';

export const notesUrl = (summitId: string) => `/admin/summits/${summitId}/notes`;

export type NotesView = 'round' | 'theme';

function Note({ ctx, note, heading }: { ctx: PageContext; note: TableNote; heading: string }) {
  const n = ctx.t.afterSummit.notes;
  return (
    <div class="samskab-table-note">
      <h3>{heading}</h3>
      {note.keyPoints ? <p class="samskab-preformatted">{note.keyPoints}</p> : null}
      {note.proposals.length ? (
        <ul class="nobullet-list">
          {note.proposals.map((text, i) => {
            const key = proposalKey(note, i);
            return (
              <li class="form-group-checkbox">
                <input class="form-checkbox" type="checkbox" id={`pick-${key}`} name="picks" value={key} />
                <label for={`pick-${key}`}><span class="sr-only">{n.pick('')}</span>{text}</label>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

export function AdminNotesPage({ ctx, notes, names, state, view = 'round' }: { ctx: PageContext; notes: SummitNotes; names: Map<string, string>; state?: FormState | undefined; view?: NotesView }) {
  const n = ctx.t.afterSummit.notes;
  const base = notesUrl(notes.summit.id);
  const by = (note: TableNote) => names.get(note.writtenBy) ?? '';
  return (
    <AdminPage ctx={ctx} title={n.title} summit={notes.summit} section="notes" state={state}>
      <p>{n.intro}</p>
      {notes.rounds.length === 0 ? <p>{n.none}</p> : (
        <>
          <nav aria-label={n.viewLabel}>
            <ul class="samskab-inline-list">
              <li><a href={base} aria-current={view === 'round' ? 'page' : undefined}>{n.byRound}</a></li>
              <li><a href={`${base}?by=theme`} aria-current={view === 'theme' ? 'page' : undefined}>{n.byTheme}</a></li>
            </ul>
          </nav>
          <form method="post" action={`${base}/merge`}>
            <CsrfField token={ctx.csrfToken} />
            {view === 'round' ? notes.rounds.map(({ round, theme, notes: tables }) => (
              <section aria-labelledby={`round-${round}-heading`}>
                <h2 id={`round-${round}-heading`}>{n.roundHeading(round)}</h2>
                {theme ? <p class="samskab-muted">{n.themeOf(theme)}</p> : null}
                {tables.map((note) => <Note ctx={ctx} note={note} heading={n.table(note.tableName, by(note))} />)}
              </section>
            )) : notes.themes.map(({ theme, rounds, notes: tables }, i) => (
              <section aria-labelledby={`theme-${i}-heading`}>
                <h2 id={`theme-${i}-heading`}>{theme ? n.themeHeading(theme, n.roundsList(rounds)) : n.noTheme(rounds[0]!)}</h2>
                {tables.map((note) => <Note ctx={ctx} note={note} heading={n.themeTable(note.round, note.tableName, by(note))} />)}
              </section>
            ))}
            <h2>{n.mergeHeading}</h2>
            <TextField name="text" label={n.mergeText} hint={n.mergeTextHint} errors={{}} />
            <button type="submit" class="button button-primary">{n.merge}</button>
          </form>
        </>
      )}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{n.listHeading}</h2>
        {notes.proposals.length === 0 ? <p>{n.listEmpty}</p> : (
          <ol>
            {notes.proposals.map((item) => (
              <li>
                <p>{item.text}</p>
                <p class="samskab-muted">{n.from(item.sources.map((s) => n.source(s.round, s.tableName)).join(', '))}</p>
                <form method="post" action={`${base}/list/${item.id}/remove`}>
                  <CsrfField token={ctx.csrfToken} />
                  <button type="submit" class="button button-tertiary">{n.remove}<span class="sr-only">: {item.text}</span></button>
                </form>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="notes-export-heading">
        <h2 id="notes-export-heading">{n.exportHeading}</h2>
        <ul>
          <li><a href={`${base}.docx`}>{n.exportDocx}</a></li>
          <li><a href={`${base}.pdf`}>{n.exportPdf}</a></li>
          <li><a href={`${base}.csv`}>{n.exportCsv}</a></li>
        </ul>
      </section>
    </AdminPage>
  );
}
