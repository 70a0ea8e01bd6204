// The facilitator's notes page on a phone (/i/{token}/noter): one form per table and round with the
// key points and the agreed proposals. table-notes.js keeps a draft of each form in the phone's
// localStorage while typing and puts it back after a reload or a lost connection; saving sends
// it to the server, and a save without a connection waits on the page and is sent once online.
import type { FacilitatorNotes } from '../../../use-cases/table-notes/facilitator-notes.ts';
import { CsrfField, TextArea } from '../../form-fields.tsx';
import { formatDateTime } from '../../i18n/messages.ts';
import { Layout, type PageContext } from '../../layout.tsx';

export function FacilitatorNotesPage({ ctx, view, action, saved }: { ctx: PageContext; view: FacilitatorNotes; action: string; saved?: string | undefined }) {
  const n = ctx.t.afterSummit.notes;
  return (
    <Layout ctx={ctx} title={n.facilitatorTitle} personal>
      <h1>{n.facilitatorHeading(view.summitTitle)}</h1>
      {saved ? <div class="alert alert-success" role="status" tabindex={-1} data-notice><div class="alert-body"><p class="alert-text">{n.saved}</p></div></div> : null}
      <p>{n.facilitatorIntro}</p>
      <p class="alert alert-info" id="draft-restored" role="status" hidden>{n.draftRestored}</p>
      <p class="alert alert-warning" id="draft-offline" role="status" tabindex={-1} hidden>{n.draftOffline}</p>
      {view.tables.length === 0 ? <p>{n.noTables}</p> : view.tables.map((t) => {
        const id = `r${t.round}-${t.tableId}`;
        return (
          <section aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>{n.tableHeading(t.round, t.tableName)}</h2>
            <form method="post" action={action} data-draft-key={`${action}|${t.round}|${t.tableId}`} data-saved-at={t.note?.updatedAt ?? ''} data-just-saved={saved === id ? 'yes' : undefined}>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="round" value={String(t.round)} />
              <input type="hidden" name="tableId" value={t.tableId} />
              <TextArea name={`${id}-keyPoints`} label={n.keyPoints} value={t.note?.keyPoints} errors={{}} rows={6} />
              <TextArea name={`${id}-proposals`} label={n.proposals} hint={n.proposalsHint} value={t.note?.proposals.join('\n')} errors={{}} rows={4} />
              {t.note ? <p class="samskab-muted">{n.savedAt(formatDateTime(ctx.lang, t.note.updatedAt))}</p> : null}
              <button type="submit" class="button button-primary">{n.save}<span class="sr-only">: {n.tableHeading(t.round, t.tableName)}</span></button>
            </form>
          </section>
        );
      })}
      <script src="/assets/table-notes.js" defer></script>
    </Layout>
  );
}
