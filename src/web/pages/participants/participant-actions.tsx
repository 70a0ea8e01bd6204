// The coordinator's actions on a person's page (correct name or email, send the invitation again,
// move, withdraw) and the confirmation page before a withdrawal.
import type { ParticipantDetail } from '../../../use-cases/participants/get-participant.ts';
import { canResendInvitation } from '../../../use-cases/participants/resend-invitation.ts';
import type { WithdrawalPreview } from '../../../use-cases/registration/withdrawal-preview.ts';
import type { MailTold } from '../../../use-cases/outgoing-mail.ts';
import { canWithdraw } from '../../../domain/invitation.ts';
import type { Summit } from '../../../domain/summit.ts';
import { CsrfField, SelectField, TextField } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

const personPath = (summitId: string, invitationId: string) => `/admin/summits/${summitId}/participants/${invitationId}`;

/** What the last action did, in words (from ?done= after the redirect). */
export function ParticipantActionNotice({ ctx, done, told }: { ctx: PageContext; done?: string; told?: MailTold | undefined }) {
  // A withdrawal says whom it mailed, counted as it queued the mail.
  const text = done === 'withdrawn' && told ? ctx.t.participantActions.doneWithdrawn(told.participants, told.organisations)
    : done ? ctx.t.participantActions.done[done] : undefined;
  if (!text) return null;
  return (
    <div class="alert alert-success" role="status" tabindex={-1} id="action-notice" data-notice>
      <div class="alert-body"><p class="alert-text">{text}</p></div>
    </div>
  );
}

/** The target of a move: "group" or "group:organisation". */
export const moveTargetValue = (groupId: string, organisationId: string | null) => (organisationId ? `${groupId}:${organisationId}` : groupId);

export function ParticipantActions({ ctx, detail, state }: { ctx: PageContext; detail: ParticipantDetail; state?: FormState }) {
  const a = ctx.t.participantActions;
  const { invitation } = detail;
  const path = personPath(detail.summit.id, invitation.id);
  const statusName = ctx.t.registration.statuses[invitation.status] ?? invitation.status;
  const targets = detail.groups.flatMap((g) => [
    { value: moveTargetValue(g.id, null), label: a.direct(g.name) },
    ...g.organisations.map((o) => ({ value: moveTargetValue(g.id, o.id), label: a.inOrganisation(g.name, o.name) })),
  ]);
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{a.heading}</h2>

      <h3 id="correct-heading">{a.correctHeading}</h3>
      <form method="post" action={`${path}/correct`} aria-labelledby="correct-heading" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="name" label={a.name} value={valueOf(state, 'correct', 'name', invitation.name)} errors={errorsOf(state, 'correct')} required autocomplete="off" />
        <TextField name="email" type="email" label={a.email} hint={a.emailHint} value={valueOf(state, 'correct', 'email', invitation.email)} errors={errorsOf(state, 'correct')} required autocomplete="off" />
        <button class="button button-secondary" type="submit">{a.correct}</button>
      </form>

      <h3 id="resend-heading">{a.resendHeading}</h3>
      {canResendInvitation(invitation) ? (
        <form method="post" action={`${path}/resend`} aria-labelledby="resend-heading">
          <CsrfField token={ctx.csrfToken} />
          <p>{invitation.status === 'pending' ? a.resendPending : a.resendConfirmed}</p>
          <button class="button button-secondary" type="submit">{a.resend}</button>
        </form>
      ) : <p>{invitation.email.trim() === '' ? a.noEmail : a.noResend(statusName)}</p>}

      <h3 id="move-heading">{a.moveHeading}</h3>
      <form method="post" action={`${path}/move`} aria-labelledby="move-heading">
        <CsrfField token={ctx.csrfToken} />
        <SelectField name="target" label={a.moveTo} hint={a.moveHint} options={targets}
          value={valueOf(state, 'move', 'target', moveTargetValue(invitation.groupId, invitation.organisationId))} errors={errorsOf(state, 'move')} />
        <button class="button button-secondary" type="submit">{a.move}</button>
      </form>

      <h3 id="withdraw-heading">{a.withdrawHeading}</h3>
      {canWithdraw(invitation.status) ? (
        <>
          <p>{a.withdrawIntro}</p>
          <p><a class="button button-secondary" href={`${path}/withdraw`}>{a.withdrawLink}</a></p>
        </>
      ) : <p>{a.notWithdrawable}</p>}
    </section>
  );
}

export function WithdrawConfirmPage({ ctx, summit, preview, state }: { ctx: PageContext; summit: Summit; preview: WithdrawalPreview; state?: FormState }) {
  const a = ctx.t.participantActions;
  const { invitation } = preview;
  const path = personPath(summit.id, invitation.id);
  return (
    <AdminPage ctx={ctx} title={a.confirmTitle(invitation.name)} summit={summit} section="participants" state={state}>
      <p>{a.confirmWhat}</p>
      <ul>
        <li>{a.confirmStatus}</li>
        <li>{preview.personTold ? a.confirmPersonTold(invitation.email) : a.confirmPersonNotTold}</li>
        <li>{!preview.heldSeat ? a.confirmNoSeat : preview.nextOnWaitlist ? a.confirmSeatNext(preview.nextOnWaitlist.name) : a.confirmSeatNobody}</li>
        {preview.organisationTold ? <li>{a.confirmOrganisationTold(preview.organisationTold.name)}</li> : null}
      </ul>
      <div class="alert alert-warning" role="status" tabindex={-1} data-notice id="confirm-notice">
        <div class="alert-body"><p class="alert-text">{a.confirmTotal((preview.personTold ? 1 : 0) + (preview.nextOnWaitlist ? 1 : 0), preview.organisationTold ? 1 : 0)}</p></div>
      </div>
      <form method="post" action={`${path}/withdraw`}>
        <CsrfField token={ctx.csrfToken} />
        <ul class="nobullet-list samskab-actions">
          <li><button class="button button-primary" type="submit">{a.confirmButton}</button></li>
          <li><a class="button button-secondary" href={path}>{a.cancel}</a></li>
        </ul>
      </form>
    </AdminPage>
  );
}
