// The invitation a coordinator acts on from a person's page: one of this summit's, or not found.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation, InvitationId } from '../../domain/invitation.ts';
import type { Stores } from '../../ports.ts';

export async function getInvitationInSummit(stores: Stores, summitId: SummitId, invitationId: string): Promise<Invitation> {
  const invitation = await stores.invitations.find(invitationId as InvitationId);
  // Another summit's person is indistinguishable from a missing one.
  if (!invitation || invitation.summitId !== summitId) throw new DomainError('not_found');
  return invitation;
}
