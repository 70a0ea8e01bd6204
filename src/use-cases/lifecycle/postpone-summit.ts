// Postpone a summit, with or without an expected new date: everyone concerned is told, seats stay
// held and answer deadlines pause. The public page says "Udsat – ny dato følger" and why.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertTransition, type Summit } from '../../domain/summit.ts';
import { isConcernedBy } from '../../domain/lifecycle.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { withSummitLock } from '../registration/registration-seats.ts';

export interface PostponeInput {
  reason: string;
  /** An expected new date in the coordinator's words, e.g. "foråret 2021"; optional. */
  newDate?: string;
}

export async function postponeSummit(deps: Deps, access: Access, summitId: SummitId, input: PostponeInput): Promise<Summit> {
  return (await postponeSummitTelling(deps, access, summitId, input)).summit;
}

/** As postponeSummit, and whom it told: counted from the messages queued in the change's own transaction. */
export async function postponeSummitTelling(deps: Deps, access: Access, summitId: SummitId, input: PostponeInput): Promise<{ summit: Summit; told: MailTold }> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (locked) => {
    const { stores, told } = countingMail(locked);
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    // Postponing again only updates the reason and the expected date; nobody is told twice.
    if (summit.status === 'postponed') {
      return { summit: await stores.summits.update(summitId, { statusReason: input.reason, tentativeDate: input.newDate ?? '' }, deps.clock.now()), told: toldNobody };
    }
    assertTransition(summit.status, 'postponed', summit);
    const now = deps.clock.now();
    const updated = await stores.summits.update(summitId, {
      status: 'postponed', statusReason: input.reason, tentativeDate: input.newDate ?? '', pausedAt: now, reconfirmBy: null,
    }, now);
    await stores.summits.recordStatusChange({ summitId, fromStatus: summit.status, toStatus: 'postponed', reason: input.reason, actor, at: now });
    const invitations = (await stores.invitations.listBySummit(summitId)).filter((i) => isConcernedBy('postponed', i.status));
    for (const invitation of invitations) {
      const token = deps.tokens.newToken();
      await stores.lifecycle.addInvitationToken(invitation.id, deps.tokens.hash(token), now);
      await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].postponed(updated, invitation, input.reason, input.newDate ?? '', participantUrl(deps, token)), invitationId: invitation.id });
    }
    for (const organisation of await stores.organisations.list(summitId)) {
      if (organisation.contactEmail) await queueMail(stores, deps, deps.mailTexts.da.recruiterLifecycle(updated, organisation, 'postponed', input.reason, null));
    }
    await stores.audit.append({ action: 'summit.postponed', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { reason: input.reason, newDate: input.newDate ?? '', told: invitations.length } }, now);
    return { summit: updated, told: told() };
  });
  mailQueued(deps);
  return result;
}
