// The sweep: a pending invitation whose answer deadline has passed expires, and its seat goes to
// the waiting list. Runs periodically in the server; safe to run in several processes at once.
import { isPastDeadline } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from './registration-seats.ts';

export async function expireInvitations(deps: Deps, batch = 100): Promise<number> {
  const overdue = await deps.db.stores.invitations.listOverdue(deps.clock.now(), batch);
  let expired = 0;
  for (const candidate of overdue) {
    const done = await withSummitLock(deps, candidate.summitId, async (stores) => {
      const invitation = await stores.invitations.find(candidate.id);
      const now = deps.clock.now();
      if (!invitation || !isPastDeadline(invitation, now)) return false;
      // Answer deadlines pause while the summit is postponed; the reschedule moves them on.
      const summit = await stores.summits.find(invitation.summitId);
      if (summit?.status === 'postponed') return false;
      await stores.invitations.update(invitation.id, { status: 'expired' }, now);
      await stores.audit.append({ action: 'invitation.expired', actor: 'system', summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id, data: { deadline: invitation.answerDeadline } }, now);
      await refillFromWaitlist(stores, deps, await placementOf(stores, invitation));
      return true;
    });
    if (done) expired++;
  }
  if (expired) mailQueued(deps);
  return expired;
}
