// A participant says no (or cancels a yes) through the personal link. The freed seat goes to the
// next on the same organisation's waiting list, in the same transaction.
import { DomainError } from '../../domain/errors.ts';
import { declineTransition, type Invitation } from '../../domain/invitation.ts';
import type { Language } from '../../domain/language.ts';
import type { Deps } from '../../ports.ts';
import { assertSummitTakesAnswers, participantAccess } from './accept-invitation.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from './registration-seats.ts';

/** With `language`, the person's later mail speaks the language they answered in. */
export async function declineInvitation(deps: Deps, token: string, language?: Language): Promise<Invitation> {
  const { invitation: found } = await participantAccess(deps, token);
  const result = await withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    if (!invitation) throw new DomainError('not_found');
    await assertSummitTakesAnswers(stores, invitation.summitId);
    const status = declineTransition(invitation);
    if (status === invitation.status) return invitation;
    const now = deps.clock.now();
    const updated = await stores.invitations.update(invitation.id, { status, answeredAt: now, ...(language ? { language } : {}) }, now);
    await stores.audit.append({
      action: status === 'cancelled' ? 'invitation.cancelled' : 'invitation.declined', actor: `participant:${invitation.id}`,
      summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status },
    }, now);
    await refillFromWaitlist(stores, deps, await placementOf(stores, invitation));
    return updated;
  });
  mailQueued(deps);
  return result;
}
