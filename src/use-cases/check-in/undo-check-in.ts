// Undoes a mistaken check-in at the door (the row stays, marked undone, so arrivals over time stay
// truthful). Undoing one that is not standing changes nothing and is no error: a phone may retry.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { InvitationId } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import type { Actor } from '../actor.ts';

export async function undoCheckIn(deps: Deps, actor: Actor, summitId: SummitId, invitationId: string): Promise<void> {
  await deps.db.transaction(async (stores) => {
    const invitation = await stores.invitations.find(invitationId as InvitationId);
    if (!invitation || invitation.summitId !== summitId) throw new DomainError('not_found', { invitationId });
    const now = deps.clock.now();
    if (await stores.checkIns.undo(invitation.id, actor, now)) {
      await stores.audit.append({ action: 'check_in.undone', actor, summitId, subjectType: 'invitation', subjectId: invitation.id }, now);
    }
  });
}
