// The coordinator sends a person their personal link again: the invitation while they have not
// answered, the confirmation once they have said yes. The link is renewed: the one in the first
// invitation stops working, so a link forwarded by mistake can be ended this way too.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation, InvitationStatus } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { calendarAttachment } from '../summit-calendar-attachment.ts';
import { withSummitLock } from '../registration/registration-seats.ts';
import { getInvitationInSummit } from './invitation-in-summit.ts';

const refusals: Partial<Record<InvitationStatus, 'invitation_waitlisted' | 'invitation_declined' | 'invitation_expired' | 'invitation_withdrawn'>> = {
  waitlisted: 'invitation_waitlisted', declined: 'invitation_declined', cancelled: 'invitation_declined', expired: 'invitation_expired', withdrawn: 'invitation_withdrawn',
};

/** Whether the person's page offers "Send invitationen igen": only while they hold a seat and have an address. */
export function canResendInvitation(invitation: Pick<Invitation, 'status' | 'email'>): boolean {
  return (invitation.status === 'pending' || invitation.status === 'confirmed') && invitation.email.trim() !== '';
}

export async function resendInvitation(deps: Deps, access: Access, summitId: SummitId, invitationId: string): Promise<Invitation> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (stores) => {
    const invitation = await getInvitationInSummit(stores, summitId, invitationId);
    const refusal = refusals[invitation.status];
    if (refusal) throw new DomainError(refusal, { status: invitation.status });
    if (!canResendInvitation(invitation)) throw new DomainError('validation_failed', { field: 'email' });
    const summit = (await stores.summits.find(summitId))!;
    const organisation = invitation.organisationId ? await stores.organisations.find(invitation.organisationId) : undefined;
    const now = deps.clock.now();
    const token = deps.tokens.newToken();
    const current = await stores.invitations.update(invitation.id, {}, now, deps.tokens.hash(token));
    const link = participantUrl(deps, token);
    const texts = deps.mailTexts[current.language];
    const mail = current.status === 'pending'
      ? texts.invitation(summit, current, link, current.answerDeadline ?? now, organisation?.name ?? null)
      : texts.confirmation(summit, current, link);
    await queueMail(stores, deps, { ...mail, invitationId: current.id, attachments: calendarAttachment(deps, summit, current, link) });
    await stores.audit.append({ action: 'invitation.resent', actor, summitId, subjectType: 'invitation', subjectId: current.id, data: { status: current.status } }, now);
    return current;
  });
  mailQueued(deps);
  return result;
}
