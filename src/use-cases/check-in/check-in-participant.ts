// Checks a participant in by the code on their badge (scanned or typed). Idempotent twice over: the
// same person again is "already checked in", and the same client id again is the first answer
// again, whatever happened since, so a phone's retried or queued request counts once.
import { assertCanCheckIn, assertCheckInOpen, isClientId, normaliseCheckInCode, type CheckInAnswer } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import type { Actor } from '../actor.ts';

export interface CheckInRequest {
  code: string;
  /** The phone's idempotency key for this one check-in. */
  clientId: string;
}

export async function checkInParticipant(deps: Deps, actor: Actor, summitId: SummitId, request: CheckInRequest): Promise<CheckInAnswer> {
  if (!isClientId(request.clientId)) throw new DomainError('validation_failed', { clientId: request.clientId });
  return deps.db.transaction(async (stores) => {
    const replay = await stores.checkIns.findAnswer(summitId, request.clientId);
    if (replay) return replay;
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    assertCheckInOpen(summit.status);
    const code = normaliseCheckInCode(request.code);
    const invitation = code === undefined ? undefined : await stores.invitations.findByCheckInCode(code);
    // Another summit's code is as unknown here as a made-up one.
    if (!invitation || invitation.summitId !== summitId) throw new DomainError('unknown_code');
    assertCanCheckIn(invitation.status);
    const now = deps.clock.now();
    const { checkIn, created } = await stores.checkIns.checkIn({
      summitId, invitationId: invitation.id, checkedInAt: now, checkedInBy: actor, clientId: request.clientId,
    });
    if (created) {
      await stores.audit.append({ action: 'check_in.created', actor, summitId, subjectType: 'invitation', subjectId: invitation.id, data: { clientId: request.clientId } }, now);
    }
    return stores.checkIns.saveAnswer(summitId, request.clientId, {
      invitationId: invitation.id, name: invitation.name, checkedInAt: checkIn.checkedInAt, alreadyCheckedIn: !created,
    }, now);
  });
}

