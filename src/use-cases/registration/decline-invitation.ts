// A participant says no (or cancels a yes) through the personal link. The freed seat goes to the
// next on the same organisation's waiting list, in the same transaction.
import { DomainError } from '../../domain/errors.ts';
import { declineTransition, seatHoldingStatuses, type Invitation } from '../../domain/invitation.ts';
import type { Language } from '../../domain/language.ts';
import type { Deps } from '../../ports.ts';
import { participantAccess } from './accept-invitation.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { prepareSeat, refillSeats, seatStateOf, withSummitLock } from './registration-seats.ts';

/** With `language`, the person's later mail speaks the language they answered in. */
export async function declineInvitation(deps: Deps, token: string, language?: Language): Promise<Invitation> {
  const { invitation: found, summit } = await participantAccess(deps, token);
  const prepared = await prepareSeat(deps.db.stores, found.summitId, found.groupId, found.organisationId, { summit });
  const result = await withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    if (!invitation) throw new DomainError('not_found');
    // Where the invitation is now: a coordinator may have moved it since the lookups.
    const here = invitation.groupId === found.groupId && invitation.organisationId === found.organisationId
      ? prepared : await prepareSeat(stores, invitation.summitId, invitation.groupId, invitation.organisationId);
    const { placement, state } = await seatStateOf(stores, here);
    // A cancelled summit's links still show what happened, but take no answers.
    if (placement.summit.status === 'cancelled') throw new DomainError('summit_cancelled');
    const status = declineTransition(invitation);
    if (status === invitation.status) return invitation;
    const now = deps.clock.now();
    const updated = await stores.invitations.change(invitation, { status, answeredAt: now, ...(language ? { language } : {}) }, now);
    await stores.audit.append({
      action: status === 'cancelled' ? 'invitation.cancelled' : 'invitation.declined', actor: `participant:${invitation.id}`,
      summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status },
    }, now);
    // The seats as counted above, less the one this answer gave up.
    const freed = seatHoldingStatuses.includes(invitation.status) ? 1 : 0;
    const held = { summit: state.held.summit - freed, group: state.held.group - freed, organisation: state.held.organisation - freed };
    await refillSeats(stores, deps, { placement, held, wordings: here.wordings });
    return updated;
  });
  mailQueued(deps);
  return result;
}
