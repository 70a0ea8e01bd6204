// /admin/summits/:id/notes ("Bordnoter"): every table's notes per round, the proposals to pick and
// merge into one line of the list, the merged list, and the CSV download.
import { proposalKey, type SummitNotes } from '../../../use-cases/table-notes/summit-notes.ts';
import { CsrfField, TextField } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, type FormState } from '../admin-shell.tsx';

export const notesUrl = (summitId: string) => `/admin/summits/${summitId}/notes`;

export function AdminNotesPage({ ctx, notes, names, state }: { ctx: PageContext; notes: SummitNotes; names: Map<string, string>; state?: FormState | undefined }) {
  const n = ctx.t.afterSummit.notes;
  const base = notesUrl(notes.summit.id);
  return (
    <AdminPage ctx={ctx} title={n.title} summit={notes.summit} section="notes" state={state}>
      <p>{n.intro}</p>
      {notes.rounds.length === 0 ? <p>{n.none}</p> : (
        <form method="post" action={`${base}/merge`}>
          <CsrfField token={ctx.csrfToken} />
          {notes.rounds.map(({ round, notes: tables }) => (
            <section aria-labelledby={`round-${round}-heading`}>
              <h2 id={`round-${round}-heading`}>{n.roundHeading(round)}</h2>
              {tables.map((note) => (
                <div class="samskab-table-note">
                  <h3>{n.table(note.tableName, names.get(note.writtenBy) ?? '')}</h3>
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
              ))}
            </section>
          ))}
          <h2>{n.mergeHeading}</h2>
          <TextField name="text" label={n.mergeText} hint={n.mergeTextHint} errors={{}} />
          <button type="submit" class="button button-primary">{n.merge}</button>
        </form>
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
        <p><a href={`${base}.csv`}>{n.exportCsv}</a></p>
      </section>
    </AdminPage>
  );
}
