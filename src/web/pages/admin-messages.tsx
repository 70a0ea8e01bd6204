// The coordinator's message page: every kind of message for the summit, its wording with
// {placeholders}, a preview with example values, and a way back to the standard text.
import { placeholderNames } from '../../domain/message-template.ts';
import type { Summit } from '../../domain/summit.ts';
import type { MessageText } from '../../use-cases/lifecycle/manage-message-texts.ts';
import { CsrfField, TextArea, TextField } from '../form-fields.tsx';
import type { PageContext } from '../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';

export function AdminMessagesPage({ ctx, summit, texts, saved, state }: { ctx: PageContext; summit: Summit; texts: MessageText[]; saved: boolean; state?: FormState }) {
  const m = ctx.t.lifecycle.messages;
  const base = `/admin/summits/${summit.id}/messages`;
  return (
    <AdminPage ctx={ctx} title={`${m.heading} – ${summit.title}`} heading={m.heading} summit={summit} section="messages" saved={saved} state={state}>
      <p>{m.intro}</p>
      <p><strong>{m.placeholders}:</strong> {placeholderNames.map((p) => `{${p}}`).join(', ')}</p>
      {texts.map((text) => {
        const form = `text-${text.kind}`;
        const errors = errorsOf(state, form);
        return (
          <section aria-labelledby={`${form}-heading`} class="samskab-message-text">
            <h2 id={`${form}-heading`}>{m.kinds[text.kind] ?? text.kind} <span class="samskab-muted">({text.custom ? m.custom : m.standard})</span></h2>
            <form method="post" action={`${base}/${text.kind}`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextField name={`${text.kind}-subject`} label={m.subject} value={valueOf(state, form, `${text.kind}-subject`, text.template.subject)} errors={errors} />
              <TextArea name={`${text.kind}-body`} label={m.body} value={valueOf(state, form, `${text.kind}-body`, text.template.body)} errors={errors} rows={10} />
              <div class="samskab-actions">
                <button type="submit" class="button button-primary">{m.save}<span class="sr-only"> – {m.kinds[text.kind]}</span></button>
              </div>
            </form>
            {text.custom ? (
              <form method="post" action={`${base}/${text.kind}/reset`}>
                <CsrfField token={ctx.csrfToken} />
                <button type="submit" class="button button-secondary">{m.reset}<span class="sr-only"> – {m.kinds[text.kind]}</span></button>
              </form>
            ) : null}
            <details class="details">
              <summary class="details-summary"><span class="details-summary-text">{m.preview}</span></summary>
              <div class="details-text">
                <p><strong>{text.preview.subject}</strong></p>
                <pre class="samskab-preview">{text.preview.body}</pre>
              </div>
            </details>
          </section>
        );
      })}
    </AdminPage>
  );
}
