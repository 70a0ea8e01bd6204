// What withdrawing a person would do, whoever withdraws them (the coordinator from the person's
// page, the organisation's recruiter from its link): for the confirmation step; changes nothing.
import { DomainError } from '../../domain/errors.ts';
import { canWithdraw, seatHoldingStatuses, type Invitation } from '../../domain/invitation.ts';
import type { Stores } from '../../ports.ts';

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

export async function previewWithdrawalOf(stores: Stores, invitation: Invitation): Promise<WithdrawalPreview> {
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

