// A recruiter withdraws one of its own nominations; a seat it held goes to the waiting list.
import { DomainError } from '../../domain/errors.ts';
import { canWithdraw, seatHoldingStatuses, type Invitation, type InvitationId } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { recruiterAccess } from './nominate-participant.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from './registration-seats.ts';

export async function withdrawNomination(deps: Deps, recruiterToken: string, id: string): Promise<Invitation> {
  const { organisation, link } = await recruiterAccess(deps, recruiterToken);
  const result = await withSummitLock(deps, organisation.summitId, async (stores) => {
    const invitation = await stores.invitations.find(id as InvitationId);
    // Another organisation's nomination is indistinguishable from a missing one.
    if (!invitation || invitation.organisationId !== organisation.id) throw new DomainError('not_found');
    if (invitation.status === 'withdrawn') return invitation;
    if (!canWithdraw(invitation.status)) throw new DomainError('nomination_not_withdrawable', { status: invitation.status });
    const now = deps.clock.now();
    const heldSeat = seatHoldingStatuses.includes(invitation.status);
    // The personal link is kept: it tells the person that the invitation was withdrawn and whom to ask.
    const withdrawn = await stores.invitations.update(invitation.id, { status: 'withdrawn', answeredAt: now }, now);
    await stores.audit.append({ action: 'nomination.withdrawn', actor: `recruiter:${link.id}`, summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id, data: { from: invitation.status } }, now);
    if (heldSeat) await refillFromWaitlist(stores, deps, await placementOf(stores, invitation));
    return withdrawn;
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
