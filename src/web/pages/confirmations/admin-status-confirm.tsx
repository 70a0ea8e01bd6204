// The step before a status change on a summit's overview that cannot be undone (publishing,
// marking it held, closing, archiving): what will happen and that nobody is mailed, with the
// choice carried in hidden fields, so it works without JavaScript.
import type { Summit } from '../../../domain/summit.ts';
import { CsrfField } from '../../form-fields.tsx';
import type { ConfirmedStatus } from '../../i18n/confirmation-texts.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage } from '../admin-shell.tsx';

export const confirmedStatuses: readonly ConfirmedStatus[] = ['published', 'held', 'closed', 'archived'];
export const isConfirmedStatus = (to: string | undefined): to is ConfirmedStatus => (confirmedStatuses as readonly string[]).includes(to ?? '');

export function StatusConfirmPage({ ctx, summit, to }: { ctx: PageContext; summit: Summit; to: ConfirmedStatus }) {
  const c = ctx.t.confirmations;
  const base = `/admin/summits/${summit.id}`;
  return (
    <AdminPage ctx={ctx} title={`${c.status.headings[to]} – ${summit.title}`} heading={c.status.headings[to]} summit={summit} section="overview">
      <div class="alert alert-warning" role="status" tabindex={-1} data-notice id="confirm-notice">
        <div class="alert-body">
          <p class="alert-text">{c.status.what[to](`/topmoede/${summit.slug}`)}</p>
          <p class="alert-text">{c.status.nobodyMailed}</p>
        </div>
      </div>
      <form method="post" action={`${base}/status`}>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="to" value={to} />
        <input type="hidden" name="confirmed" value="1" />
        <ul class="nobullet-list samskab-actions">
          <li><button type="submit" class="button button-primary">{c.status.submit[to]}</button></li>
          <li><a class="button button-secondary" href={base}>{c.back}</a></li>
        </ul>
      </form>
    </AdminPage>
  );
}

/** What a confirmed status change did, on the overview it leads back to. */
export function StatusDoneNotice({ ctx, done }: { ctx: PageContext; done: ConfirmedStatus | undefined }) {
  if (!done) return null;
  return (
    <div class="alert alert-success" role="status" tabindex={-1} data-notice id="done-notice">
      <div class="alert-body"><p class="alert-text">{ctx.t.confirmations.status.done[done]}</p></div>
    </div>
  );
}
