// The coordinator corrects a person's name or email. A new email is told at once: the message goes
// to the new address, and a person who holds or awaits a seat gets a fresh personal link there (the
// old one may have gone to a wrong address, so it stops working).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { emailKey, seatHoldingStatuses, type Invitation } from '../../domain/invitation.ts';
import type { Deps, InvitationChanges } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { withSummitLock } from '../registration/registration-seats.ts';
import { getInvitationInSummit } from './invitation-in-summit.ts';

export interface ParticipantCorrection {
  name: string;
  email: string;
}

export interface CorrectionResult {
  invitation: Invitation;
  emailChanged: boolean;
}

export async function correctParticipant(deps: Deps, access: Access, summitId: SummitId, invitationId: string, input: ParticipantCorrection): Promise<CorrectionResult> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (stores) => {
    const invitation = await getInvitationInSummit(stores, summitId, invitationId);
    const name = input.name.trim();
    const email = input.email.trim();
    const changes: InvitationChanges = {};
    if (name !== invitation.name) changes.name = name;
    const emailChanged = emailKey(email) !== emailKey(invitation.email);
    if (email !== invitation.email) changes.email = email;
    if (Object.keys(changes).length === 0) return { invitation, emailChanged: false };
    if (emailChanged) {
      const other = await stores.invitations.findActiveByEmail(summitId, emailKey(email));
      if (other && other.id !== invitation.id) throw new DomainError('email_in_use');
    }
    const now = deps.clock.now();
    const summit = (await stores.summits.find(summitId))!;
    // A new address gets a new link; the old one stops working.
    const token = emailChanged && seatHoldingStatuses.includes(invitation.status) ? deps.tokens.newToken() : null;
    const updated = await stores.invitations.update(invitation.id, changes, now, token ? deps.tokens.hash(token) : undefined);
    await stores.audit.append({ action: 'invitation.corrected', actor, summitId, subjectType: 'invitation', subjectId: invitation.id, data: { fields: Object.keys(changes) } }, now);
    if (emailChanged) {
      await queueMail(stores, deps, { ...deps.mailTexts[updated.language].emailChanged(summit, updated, invitation.email, token ? participantUrl(deps, token) : null), invitationId: updated.id });
      await stores.audit.append({ action: 'invitation.email_changed', actor, summitId, subjectType: 'invitation', subjectId: invitation.id }, now);
    }
    return { invitation: updated, emailChanged };
  });
  if (result.emailChanged) mailQueued(deps);
  return result;
}
