// The coordinator reads the summit's outgoing mail: every message, whether it was sent, why it
// waits when it has not been, and why it was given up when delivery failed for good; newest
// first, in pages of 50.
import type { OutboxMessage, OutboxStatus } from '../../domain/outbox.ts';
import type { Summit } from '../../domain/summit.ts';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import type { OutboxPage } from '../../use-cases/registration/list-outbox.ts';
import { Pagination } from '../pagination.tsx';
import { AdminPage } from './admin-shell.tsx';

function statusText(o: PageContext['t']['registration']['outbox'], status: OutboxStatus): string {
  return status === 'sent' ? o.sent : status === 'failed' ? o.failed : o.queued;
}

export function AdminOutboxPage({ ctx, summit, outbox }: { ctx: PageContext; summit: Summit; outbox: OutboxPage }) {
  const o = ctx.t.registration.outbox;
  const base = `/admin/summits/${summit.id}/outbox`;
  const { messages } = outbox;
  return (
    <AdminPage ctx={ctx} title={`${o.title} – ${summit.title}`} heading={o.title} summit={summit} section="recruitment">
      <p>{o.intro}</p>
      {outbox.failed > 0 ? (
        <div class="alert alert-warning" role="status"><div class="alert-body">
          <p class="alert-heading">{o.failedHeading}</p>
          <p class="alert-text">{o.failedText(outbox.failed)}</p>
        </div></div>
      ) : null}
      {messages.length === 0 ? <p>{o.none}</p> : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption>{o.caption}</caption>
            <thead><tr><th scope="col">{o.created}</th><th scope="col">{o.to}</th><th scope="col">{o.subject}</th><th scope="col">{o.state}</th><th scope="col" class="samskab-number">{o.attempts}</th><th scope="col">{o.error}</th></tr></thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td>{formatDateTime(ctx.lang, m.createdAt)}</td>
                  <td>{m.toAddress}</td>
                  <td><a href={`${base}/${m.id}`}>{m.subject}</a></td>
                  <td>{m.status === 'failed' ? <strong>{o.failed}</strong> : statusText(o, m.status)}</td>
                  <td class="samskab-number">{m.attempts}</td>
                  <td>{m.lastError}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination t={ctx.t} label={o.pages} page={outbox.page} pages={outbox.pages} href={(page) => (page > 1 ? `${base}?page=${page}` : base)} />
    </AdminPage>
  );
}

export function AdminOutboxMessagePage({ ctx, summit, message }: { ctx: PageContext; summit: Summit; message: OutboxMessage }) {
  const o = ctx.t.registration.outbox;
  return (
    <AdminPage ctx={ctx} title={`${message.subject} – ${summit.title}`} heading={message.subject} summit={summit} section="recruitment">
      <p><a href={`/admin/summits/${summit.id}/outbox`}>{o.back}</a></p>
      <dl class="samskab-facts">
        <dt>{o.to}</dt><dd>{message.toAddress}</dd>
        <dt>{o.created}</dt><dd>{formatDateTime(ctx.lang, message.createdAt)}</dd>
        <dt>{o.state}</dt><dd>{statusText(o, message.status)}{message.sentAt ? ` (${formatDateTime(ctx.lang, message.sentAt)})` : ''}</dd>
        <dt>{o.attempts}</dt><dd>{message.attempts}</dd>
        {message.lastError ? <><dt>{o.error}</dt><dd>{message.lastError}</dd></> : null}
      </dl>
      <pre class="samskab-mail">{message.bodyText}</pre>
    </AdminPage>
  );
}
