// The personal-data part of a person's page: the access export (PDF, JSON) and erasure on request,
// and the confirmation page before an erasure, which asks for the reason.
import type { ParticipantDetail } from '../../../use-cases/participants/get-participant.ts';
import type { Summit } from '../../../domain/summit.ts';
import type { Invitation } from '../../../domain/invitation.ts';
import { CsrfField, TextArea } from '../../form-fields.tsx';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

const personPath = (summitId: string, invitationId: string) => `/admin/summits/${summitId}/participants/${invitationId}`;
/** An erased person's row keeps its place in the counts under this name (storage's erasedName). */
const isErased = (invitation: Invitation) => invitation.name === '(slettet)' && invitation.email === '';

export function ParticipantPersonalData({ ctx, detail }: { ctx: PageContext; detail: ParticipantDetail }) {
  const t = ctx.t.personalData.person;
  const path = personPath(detail.summit.id, detail.invitation.id);
  return (
    <section aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading">{t.heading}</h2>
      {isErased(detail.invitation) ? <p>{t.erased}</p> : (
        <>
          <p>{t.intro}</p>
          <ul class="nobullet-list samskab-actions">
            <li><a class="button button-secondary" href={`${path}/personal-data.pdf`} download>{t.exportPdf}</a></li>
            <li><a class="button button-secondary" href={`${path}/personal-data.json`} download>{t.exportJson}</a></li>
          </ul>
          <p>{t.eraseIntro}</p>
          <p><a class="button button-secondary" href={`${path}/erase`}>{t.eraseLink}</a></p>
        </>
      )}
    </section>
  );
}

export function ErasePersonConfirmPage({ ctx, summit, invitation, state }: { ctx: PageContext; summit: Summit; invitation: Invitation; state?: FormState }) {
  const t = ctx.t.personalData.person;
  const path = personPath(summit.id, invitation.id);
  return (
    <AdminPage ctx={ctx} title={t.confirmTitle(invitation.name)} summit={summit} section="participants" state={state}>
      <p>{t.confirmWhat}</p>
      <ul>
        <li>{t.confirmData}</li>
        <li>{t.confirmSeat}</li>
        <li>{t.confirmKept}</li>
      </ul>
      <form method="post" action={`${path}/erase`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextArea name="reason" label={t.reason} hint={t.reasonHint} rows={2} value={valueOf(state, 'erase', 'reason', '')} errors={errorsOf(state, 'erase')} required />
        <ul class="nobullet-list samskab-actions">
          <li><button class="button button-primary" type="submit">{t.confirmButton}</button></li>
          <li><a class="button button-secondary" href={path}>{t.cancel}</a></li>
        </ul>
      </form>
    </AdminPage>
  );
}
