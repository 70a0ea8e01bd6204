// The recruiter's steps before withdrawing a person and before declining a citizen's request:
// who is told by mail, with the choice carried in hidden fields, so it works without JavaScript.
import type { InterestRequest } from '../../../domain/interest-request.ts';
import type { Organisation } from '../../../domain/organisation.ts';
import type { WithdrawalPreview } from '../../../use-cases/registration/withdrawal-preview.ts';
import { CsrfField } from '../../form-fields.tsx';
import { Layout, type PageContext } from '../../layout.tsx';

/** The people a withdrawal mails: the person (if they have an address) and the one invited to the seat. */
export const peopleToldByWithdrawal = (preview: WithdrawalPreview) => (preview.personTold ? 1 : 0) + (preview.nextOnWaitlist ? 1 : 0);

function ConfirmStep({ ctx, title, lines, action, hidden, submit, back, warning }: {
  ctx: PageContext; title: string; lines: string[]; action: string; hidden: Record<string, string>; submit: string; back: string; warning?: boolean;
}) {
  const c = ctx.t.confirmations;
  return (
    <Layout ctx={ctx} title={title} personal>
      <h1>{title}</h1>
      <div class="alert alert-warning" role="status" tabindex={-1} data-notice id="confirm-notice">
        <div class="alert-body">
          <ul class="alert-text">{lines.map((line) => <li>{line}</li>)}</ul>
        </div>
      </div>
      <form method="post" action={action}>
        <CsrfField token={ctx.csrfToken} />
        {Object.entries(hidden).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <input type="hidden" name="confirmed" value="1" />
        <ul class="nobullet-list samskab-actions">
          <li><button type="submit" class={`button ${warning ? 'button-warning' : 'button-primary'}`}>{submit}</button></li>
          <li><a class="button button-secondary" href={back}>{c.back}</a></li>
        </ul>
      </form>
    </Layout>
  );
}

export function RecruiterWithdrawConfirmPage({ ctx, base, organisation, preview }: { ctx: PageContext; base: string; organisation: Organisation; preview: WithdrawalPreview }) {
  const w = ctx.t.confirmations.withdraw;
  const { invitation } = preview;
  const lines = [
    w.status,
    preview.personTold ? w.personTold(invitation.email) : w.personNotTold,
    !preview.heldSeat ? w.noSeat : preview.nextOnWaitlist ? w.seatNext(preview.nextOnWaitlist.name) : w.seatNobody,
    ...(preview.nextOnWaitlist && organisation.contactEmail ? [w.organisationTold] : []),
    w.total(peopleToldByWithdrawal(preview)),
    ctx.t.confirmations.irreversible,
  ];
  return <ConfirmStep ctx={ctx} title={w.heading(invitation.name)} lines={lines} action={`${base}/nominations/${invitation.id}/withdraw`} hidden={{}} submit={w.submit} back={base} warning />;
}

export function RecruiterDeclineConfirmPage({ ctx, base, request, message }: { ctx: PageContext; base: string; request: InterestRequest; message: string }) {
  const d = ctx.t.confirmations.decline;
  const lines = [d.what(request.name, request.email), message ? d.message(message) : d.noMessage, d.total(1), ctx.t.confirmations.irreversible];
  return <ConfirmStep ctx={ctx} title={d.heading(request.name)} lines={lines} action={`${base}/interest/${request.id}/decline`} hidden={{ message }} submit={d.submit} back={base} warning />;
}
