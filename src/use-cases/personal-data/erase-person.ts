// Erasure on request (sletning): one person is deleted now. Their seat is freed and refilled from
// the waiting list exactly as when they decline; then every personal field of theirs is blanked or
// deleted (personal-data-store.ts) and the reason is recorded without naming them. Erasing twice is
// erasing once.
import { DomainError } from '../../domain/errors.ts';
import { declineTransition, seatHoldingStatuses, type Invitation, type InvitationId, type InvitationStatus } from '../../domain/invitation.ts';
import type { Deps, ErasureCounts } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from '../registration/registration-seats.ts';

/** Where an erased person's invitation ends: a held seat is given up as by a decline; a waiting place is withdrawn. */
function statusAfterErasure(invitation: Invitation): InvitationStatus {
  if (seatHoldingStatuses.includes(invitation.status)) return declineTransition(invitation);
  return invitation.status === 'waitlisted' ? 'withdrawn' : invitation.status;
}

export async function erasePerson(deps: Deps, access: Access, invitationId: string, reason: string): Promise<{ erased: boolean; counts: ErasureCounts }> {
  const actor = actorOf(access);
  const found = await deps.db.stores.invitations.find(invitationId as InvitationId);
  if (!found) throw new DomainError('not_found');
  const result = await withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    if (!invitation) throw new DomainError('not_found');
    if (await stores.personalData.isErased(invitation.id)) return { erased: false, counts: {} };
    const now = deps.clock.now();
    const status = statusAfterErasure(invitation);
    if (status !== invitation.status) await stores.invitations.update(invitation.id, { status, answeredAt: now }, now);
    // The seat goes on as with any decline, before the person's data goes (the refill reads the placement).
    if (seatHoldingStatuses.includes(invitation.status)) await refillFromWaitlist(stores, deps, await placementOf(stores, invitation));
    const counts = await stores.personalData.eraseInvitation(invitation.id);
    await stores.audit.append({ action: 'invitation.erased', actor, summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id,
      data: { reason: reason.trim(), from: invitation.status } }, now);
    return { erased: true, counts };
  });
  mailQueued(deps);
  return result;
}
