// A recruiter withdraws one of its own nominations, after a confirmation step that says what will
// happen: the person is told by mail (as when the coordinator withdraws, withdraw-participant.ts),
// and a seat they held goes to the first on the organisation's waiting list, who is invited.
import { DomainError } from '../../domain/errors.ts';
import { canWithdraw, seatHoldingStatuses, type Invitation, type InvitationId } from '../../domain/invitation.ts';
import type { Deps, Stores } from '../../ports.ts';
import { recruiterAccess, type RecruiterAccess } from './nominate-participant.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from './registration-seats.ts';
import { previewWithdrawalOf, type WithdrawalPreview } from './withdrawal-preview.ts';

async function ownNomination(stores: Stores, organisation: RecruiterAccess['organisation'], id: string): Promise<Invitation> {
  const invitation = await stores.invitations.find(id as InvitationId);
  // Another organisation's nomination is indistinguishable from a missing one.
  if (!invitation || invitation.organisationId !== organisation.id) throw new DomainError('not_found');
  return invitation;
}

/** What withdrawing the nomination would do, for the recruiter's confirmation step; changes nothing. */
export async function previewNominationWithdrawal(deps: Deps, recruiterToken: string, id: string): Promise<WithdrawalPreview> {
  const { organisation } = await recruiterAccess(deps, recruiterToken);
  return previewWithdrawalOf(deps.db.stores, await ownNomination(deps.db.stores, organisation, id));
}

export interface NominationWithdrawal {
  invitation: Invitation;
  /** Whom the withdrawal mailed, counted as the messages were queued. */
  told: MailTold;
}

/** Withdrawing twice is withdrawing once: the second time nothing happens and nobody is mailed. */
export async function withdrawNomination(deps: Deps, recruiterToken: string, id: string): Promise<NominationWithdrawal> {
  const { organisation, link } = await recruiterAccess(deps, recruiterToken);
  const result = await withSummitLock(deps, organisation.summitId, async (locked): Promise<NominationWithdrawal> => {
    const { stores, told } = countingMail(locked);
    const invitation = await ownNomination(stores, organisation, id);
    if (invitation.status === 'withdrawn') return { invitation, told: toldNobody };
    if (!canWithdraw(invitation.status)) throw new DomainError('nomination_not_withdrawable', { status: invitation.status });
    const now = deps.clock.now();
    const heldSeat = seatHoldingStatuses.includes(invitation.status);
    // The personal link is kept: it tells the person that the invitation was withdrawn and whom to ask.
    const withdrawn = await stores.invitations.update(invitation.id, { status: 'withdrawn', answeredAt: now }, now);
    await stores.audit.append({ action: 'nomination.withdrawn', actor: `recruiter:${link.id}`, summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status } }, now);
    const placement = await placementOf(stores, invitation);
    const contact = placement.organisation ? { name: placement.organisation.name, email: placement.organisation.contactEmail } : null;
    await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].invitationWithdrawn(placement.summit, invitation, contact), invitationId: invitation.id });
    if (heldSeat) await refillFromWaitlist(stores, deps, placement);
    return { invitation: withdrawn, told: told() };
  });
  mailQueued(deps);
  return result;
}

/** The recruiter puts its waiting list in a new order: ids first in `order` come first. */
export async function orderWaitlist(deps: Deps, recruiterToken: string, order: string[]): Promise<Invitation[]> {
  const { organisation, link } = await recruiterAccess(deps, recruiterToken);
  return withSummitLock(deps, organisation.summitId, async (stores) => {
    const waiting = (await stores.invitations.listByOrganisation(organisation.id)).filter((i) => i.status === 'waitlisted')
      .sort((a, b) => a.waitlistPosition - b.waitlistPosition);
    const known = new Set(waiting.map((i) => i.id as string));
    const unknown = order.filter((id) => !known.has(id));
    if (unknown.length) throw new DomainError('not_found', { ids: unknown });
    const ranked = [...order, ...waiting.map((i) => i.id as string).filter((id) => !order.includes(id))];
    const now = deps.clock.now();
    const result: Invitation[] = [];
    for (const [index, id] of ranked.entries()) {
      result.push(await stores.invitations.update(id as InvitationId, { waitlistPosition: index + 1 }, now));
    }
    await stores.audit.append({ action: 'waitlist.reordered', actor: `recruiter:${link.id}`, summitId: organisation.summitId, subjectType: 'organisation', subjectId: organisation.id, data: { order: ranked } }, now);
    return result;
  });
}
