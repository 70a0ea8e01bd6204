// Cancel a summit: everyone with a place or on a waiting list is told, confirmed participants get a
// calendar cancellation, and links stop taking answers (they still show what happened).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertTransition, type Summit } from '../../domain/summit.ts';
import { isConcernedBy } from '../../domain/lifecycle.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';
import { withSummitLock } from '../registration/registration-seats.ts';
import { calendarAttachment } from '../summit-calendar-attachment.ts';

export async function cancelSummit(deps: Deps, access: Access, summitId: SummitId, reason: string): Promise<Summit> {
  return (await cancelSummitTelling(deps, access, summitId, reason)).summit;
}

/** As cancelSummit, and whom it told: counted from the messages queued in the change's own transaction. */
export async function cancelSummitTelling(deps: Deps, access: Access, summitId: SummitId, reason: string): Promise<{ summit: Summit; told: MailTold }> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (locked) => {
    const { stores, told } = countingMail(locked);
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    if (summit.status === 'cancelled') return { summit, told: toldNobody };
    assertTransition(summit.status, 'cancelled', summit);
    const now = deps.clock.now();
    const updated = await stores.summits.update(summitId, {
      status: 'cancelled', statusReason: reason, calendarSequence: summit.calendarSequence + 1, reconfirmBy: null, pausedAt: null,
    }, now);
    await stores.summits.recordStatusChange({ summitId, fromStatus: summit.status, toStatus: 'cancelled', reason, actor, at: now });
    const concerned = (await stores.invitations.listBySummit(summitId)).filter((i) => isConcernedBy('cancelled', i.status));
    for (const invitation of concerned) {
      const attachments = invitation.status === 'confirmed' ? calendarAttachment(deps, updated, invitation, deps.publicUrl, true) : [];
      await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].cancelled(updated, invitation, reason), invitationId: invitation.id, attachments });
    }
    for (const organisation of await stores.organisations.list(summitId)) {
      if (organisation.contactEmail) await queueMail(stores, deps, deps.mailTexts.da.recruiterLifecycle(updated, organisation, 'cancelled', reason, null));
    }
    await stores.audit.append({ action: 'summit.cancelled', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { reason, told: concerned.length } }, now);
    return { summit: updated, told: told() };
  });
  mailQueued(deps);
  return result;
}
