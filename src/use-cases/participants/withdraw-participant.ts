// The coordinator withdraws a person from the summit, after a confirmation page that says what will
// happen: the person is told by mail, and a seat they held goes to the first on the waiting list of
// the same organisation (or group), who is invited; the organisation hears of it as when a recruiter
// withdraws (withdraw-nomination.ts).
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from '../registration/registration-seats.ts';
import { getInvitationInSummit } from './invitation-in-summit.ts';
import { previewWithdrawalOf, type WithdrawalPreview } from '../registration/withdrawal-preview.ts';

/** What withdrawing the person would do, for the confirmation page; changes nothing. */
export async function previewWithdrawal(deps: Deps, summitId: SummitId, invitationId: string): Promise<WithdrawalPreview> {
  return previewWithdrawalOf(deps.db.stores, await getInvitationInSummit(deps.db.stores, summitId, invitationId));
}

export interface WithdrawalResult {
  invitation: Invitation;
  /** The people invited to the freed seat. */
  promoted: Invitation[];
  personTold: boolean;
  /** Whom the withdrawal mailed, counted as the messages were queued: the person, the one promoted, the organisation. */
  told: MailTold;
}

/** Withdrawing twice is withdrawing once: the second time nothing happens and nobody is mailed. */
export async function withdrawParticipant(deps: Deps, access: Access, summitId: SummitId, invitationId: string): Promise<WithdrawalResult> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (locked): Promise<WithdrawalResult> => {
    const { stores, told } = countingMail(locked);
    const invitation = await getInvitationInSummit(stores, summitId, invitationId);
    if (invitation.status === 'withdrawn') return { invitation, promoted: [], personTold: invitation.email.trim() !== '', told: toldNobody };
    const { heldSeat, personTold } = await previewWithdrawalOf(stores, invitation);
    const now = deps.clock.now();
    // The personal link is kept, so it can tell the person what happened and whom to ask.
    const withdrawn = await stores.invitations.update(invitation.id, { status: 'withdrawn', answeredAt: now }, now);
    await stores.audit.append({ action: 'nomination.withdrawn', actor, summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status } }, now);
    const placement = await placementOf(stores, invitation);
    const contact = placement.organisation ? { name: placement.organisation.name, email: placement.organisation.contactEmail } : null;
    await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].invitationWithdrawn(placement.summit, invitation, contact), invitationId: invitation.id });
    const promoted = heldSeat ? await refillFromWaitlist(stores, deps, placement) : [];
    return { invitation: withdrawn, promoted, personTold, told: told() };
  });
  mailQueued(deps);
  return result;
}
