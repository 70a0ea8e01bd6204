// The coordinator withdraws a person from the summit, after a confirmation page that says what will
// happen: the person is told by mail, and a seat they held goes to the first on the waiting list of
// the same organisation (or group), who is invited; the organisation hears of it as when a recruiter
// withdraws (withdraw-nomination.ts).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { canWithdraw, seatHoldingStatuses, type Invitation } from '../../domain/invitation.ts';
import type { Deps, Stores } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from '../registration/registration-seats.ts';
import { getInvitationInSummit } from './invitation-in-summit.ts';

export interface WithdrawalPreview {
  invitation: Invitation;
  /** Whether the person is mailed (they have an address). */
  personTold: boolean;
  heldSeat: boolean;
  /** Who gets the freed seat, if anyone waits for it. */
  nextOnWaitlist: { name: string } | null;
  /** The organisation told when the next person is invited, if it has a contact email. */
  organisationTold: { name: string } | null;
}

async function preview(stores: Stores, invitation: Invitation): Promise<WithdrawalPreview> {
  if (!canWithdraw(invitation.status)) throw new DomainError('nomination_not_withdrawable', { status: invitation.status });
  const heldSeat = seatHoldingStatuses.includes(invitation.status);
  const next = heldSeat ? await stores.invitations.nextWaitlisted(invitation.summitId, invitation.groupId, invitation.organisationId) : undefined;
  const organisation = invitation.organisationId ? await stores.organisations.find(invitation.organisationId) : undefined;
  return {
    invitation, heldSeat, personTold: invitation.email.trim() !== '',
    nextOnWaitlist: next ? { name: next.name } : null,
    organisationTold: next && organisation?.contactEmail ? { name: organisation.name } : null,
  };
}

/** What withdrawing the person would do, for the confirmation page; changes nothing. */
export async function previewWithdrawal(deps: Deps, summitId: SummitId, invitationId: string): Promise<WithdrawalPreview> {
  return preview(deps.db.stores, await getInvitationInSummit(deps.db.stores, summitId, invitationId));
}

export interface WithdrawalResult {
  invitation: Invitation;
  /** The people invited to the freed seat. */
  promoted: Invitation[];
  personTold: boolean;
}

/** Withdrawing twice is withdrawing once: the second time nothing happens and nobody is mailed. */
export async function withdrawParticipant(deps: Deps, actor: Actor, summitId: SummitId, invitationId: string): Promise<WithdrawalResult> {
  const result = await withSummitLock(deps, summitId, async (stores) => {
    const invitation = await getInvitationInSummit(stores, summitId, invitationId);
    if (invitation.status === 'withdrawn') return { invitation, promoted: [], personTold: invitation.email.trim() !== '' };
    const { heldSeat, personTold } = await preview(stores, invitation);
    const now = deps.clock.now();
    // The personal link is kept, so it can tell the person what happened and whom to ask.
    const withdrawn = await stores.invitations.update(invitation.id, { status: 'withdrawn', answeredAt: now }, now);
    await stores.audit.append({ action: 'nomination.withdrawn', actor, summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status } }, now);
    const placement = await placementOf(stores, invitation);
    const contact = placement.organisation ? { name: placement.organisation.name, email: placement.organisation.contactEmail } : null;
    await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].invitationWithdrawn(placement.summit, invitation, contact), invitationId: invitation.id });
    const promoted = heldSeat ? await refillFromWaitlist(stores, deps, placement) : [];
    return { invitation: withdrawn, promoted, personTold };
  });
  mailQueued(deps);
  return result;
}
