// Move a summit to a new date and place. Every confirmed participant must re-confirm by a deadline
// (one click in the email); pending invitations get their paused deadlines back. Everything —
// the new date, every state change and every message — is written in ONE transaction, so a crash
// either leaves nothing or everything, and the outbox delivers each message exactly once.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertReschedulable, assertRescheduleValid, isConcernedBy, resumeDeadline, type RescheduleInput } from '../../domain/lifecycle.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { withSummitLock } from '../registration/registration-seats.ts';
import { calendarAttachment } from '../summit-calendar-attachment.ts';

export async function rescheduleSummit(deps: Deps, access: Access, summitId: SummitId, input: RescheduleInput): Promise<Summit> {
  return (await rescheduleSummitTelling(deps, access, summitId, input)).summit;
}

/** As rescheduleSummit, and whom it told: counted from the messages queued in the change's own transaction. */
export async function rescheduleSummitTelling(deps: Deps, access: Access, summitId: SummitId, input: RescheduleInput): Promise<{ summit: Summit; told: MailTold }> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (locked) => {
    const { stores, told } = countingMail(locked);
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    // The same reschedule twice (a double click, a retried request) changes nothing and tells nobody again.
    if (summit.status === 'published' && summit.startsAt === input.startsAt && summit.endsAt === input.endsAt
      && summit.venue === input.venue && summit.reconfirmBy === input.reconfirmBy) return { summit, told: toldNobody };
    assertReschedulable(summit.status);
    const now = deps.clock.now();
    assertRescheduleValid(input, now);

    const updated = await stores.summits.update(summitId, {
      status: 'published', startsAt: input.startsAt, endsAt: input.endsAt, venue: input.venue, reconfirmBy: input.reconfirmBy,
      calendarSequence: summit.calendarSequence + 1, pausedAt: null, tentativeDate: '', statusReason: '',
      ...(input.reminderDays ? { reminderDays: input.reminderDays } : {}),
    }, now);
    if (summit.status !== 'published') {
      await stores.summits.recordStatusChange({ summitId, fromStatus: summit.status, toStatus: 'published', reason: 'rescheduled', actor, at: now });
    }

    const invitations = await stores.invitations.listBySummit(summitId);
    const confirmed = invitations.filter((i) => i.status === 'confirmed');
    await stores.lifecycle.setReconfirmState(confirmed.map((i) => i.id), 'awaiting', true);
    for (const invitation of invitations) {
      if (!isConcernedBy('rescheduled', invitation.status)) continue;
      if (invitation.status === 'pending') {
        const answerDeadline = resumeDeadline(invitation.answerDeadline, summit.pausedAt, now);
        if (answerDeadline !== invitation.answerDeadline) await stores.invitations.update(invitation.id, { answerDeadline }, now);
      }
      const token = deps.tokens.newToken();
      await stores.lifecycle.addInvitationToken(invitation.id, deps.tokens.hash(token), now);
      const link = participantUrl(deps, token);
      await queueMail(stores, deps, {
        ...deps.mailTexts[invitation.language].rescheduled(updated, invitation, input.reconfirmBy, link, invitation.status === 'confirmed'),
        invitationId: invitation.id,
        attachments: invitation.status === 'confirmed' ? calendarAttachment(deps, updated, invitation, link) : [],
      });
    }
    for (const organisation of await stores.organisations.list(summitId)) {
      if (organisation.contactEmail) await queueMail(stores, deps, deps.mailTexts.da.recruiterLifecycle(updated, organisation, 'rescheduled', '', input.reconfirmBy));
    }
    await stores.audit.append({ action: 'summit.rescheduled', actor, summitId, subjectType: 'summit', subjectId: summitId,
      data: { startsAt: input.startsAt, venue: input.venue, reconfirmBy: input.reconfirmBy, awaiting: confirmed.length } }, now);
    return { summit: updated, told: told() };
  });
  mailQueued(deps);
  return result;
}

/** The coordinator gives participants more time to re-confirm. */
export async function extendReconfirmDeadline(deps: Deps, access: Access, summitId: SummitId, reconfirmBy: string): Promise<Summit> {
  const actor = actorOf(access);
  return withSummitLock(deps, summitId, async (stores) => {
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    if (!summit.reconfirmBy || summit.status !== 'published') throw new DomainError('no_reconfirmation_running');
    const now = deps.clock.now();
    if (reconfirmBy <= now) throw new DomainError('date_in_past', { field: 'reconfirmBy' });
    if (summit.startsAt && reconfirmBy >= summit.startsAt) throw new DomainError('reconfirm_after_start');
    const updated = await stores.summits.update(summitId, { reconfirmBy }, now);
    await stores.audit.append({ action: 'summit.reconfirm_extended', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { from: summit.reconfirmBy, to: reconfirmBy } }, now);
    return updated;
  });
}
