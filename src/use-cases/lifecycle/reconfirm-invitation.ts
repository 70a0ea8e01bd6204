// After a reschedule, a confirmed participant keeps the seat by re-confirming before the deadline
// (one click in the email or on their page). Re-confirming twice is the same as once.
import { DomainError } from '../../domain/errors.ts';
import type { Invitation } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { participantAccess } from '../registration/accept-invitation.ts';
import { withSummitLock } from '../registration/registration-seats.ts';

export async function reconfirmInvitation(deps: Deps, token: string): Promise<Invitation & { reconfirmState: string }> {
  const { invitation: found } = await participantAccess(deps, token);
  return withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    const summit = await stores.summits.find(found.summitId);
    if (!invitation || !summit) throw new DomainError('not_found');
    if (summit.status === 'cancelled') throw new DomainError('summit_cancelled');
    const state = (await stores.lifecycle.reconfirmStates(summit.id)).get(invitation.id)?.state ?? '';
    if (invitation.status !== 'confirmed') throw new DomainError(state === 'lost' ? 'reconfirm_deadline_passed' : 'nothing_to_reconfirm', { status: invitation.status });
    if (state === 'reconfirmed' || state === '') return { ...invitation, reconfirmState: state || 'reconfirmed' };
    const now = deps.clock.now();
    if (summit.reconfirmBy && now > summit.reconfirmBy) throw new DomainError('reconfirm_deadline_passed');
    await stores.lifecycle.setReconfirmState([invitation.id], 'reconfirmed');
    await stores.audit.append({ action: 'invitation.reconfirmed', actor: `participant:${invitation.id}`, summitId: summit.id, subjectType: 'invitation', subjectId: invitation.id }, now);
    return { ...invitation, reconfirmState: 'reconfirmed' };
  });
}
