// The coordinator moves a person to another stakeholder group or organisation of the summit. A
// person who holds a seat moves only if the target has a free seat under its quotas (the group's
// and the organisation's); their old seat then goes to the waiting list there. A person on a
// waiting list joins the end of the target's list (and is invited if a seat is free there).
import { DomainError } from '../../domain/errors.ts';
import type { GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import { seatAvailable, seatHoldingStatuses, type Invitation } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { loadPlacement, placementOf, refillFromWaitlist, withSummitLock } from '../registration/registration-seats.ts';
import { getInvitationInSummit } from './invitation-in-summit.ts';

export interface MoveTarget {
  groupId: GroupId;
  /** Null for the group's direct invitations. */
  organisationId: OrganisationId | null;
}

export async function moveParticipant(deps: Deps, access: Access, summitId: SummitId, invitationId: string, target: MoveTarget): Promise<Invitation> {
  const actor = actorOf(access);
  const result = await withSummitLock(deps, summitId, async (stores) => {
    const invitation = await getInvitationInSummit(stores, summitId, invitationId);
    if (invitation.groupId === target.groupId && invitation.organisationId === target.organisationId) return invitation;
    const to = await loadPlacement(stores, summitId, target.groupId, target.organisationId);
    if (to.organisation && to.organisation.groupId !== to.group.id) throw new DomainError('organisation_not_in_group', { organisationId: to.organisation.id });
    const from = await placementOf(stores, invitation);
    const holdsSeat = seatHoldingStatuses.includes(invitation.status);
    const now = deps.clock.now();
    let changes: Partial<Invitation>;
    if (holdsSeat) {
      const held = await stores.invitations.countHeld(summitId, to.group.id, to.organisation?.id ?? null);
      // The person already counts in the summit (and in the group when only the organisation changes).
      const counts = { summit: held.summit - 1, group: held.group - (invitation.groupId === to.group.id ? 1 : 0), organisation: held.organisation };
      const limits = { organisation: to.organisation?.quota ?? null, group: to.group.quota, capacity: to.summit.capacity };
      if (!seatAvailable(counts, limits)) throw new DomainError('quota_full', { groupId: to.group.id, organisationId: to.organisation?.id ?? null });
      changes = {};
    } else {
      changes = invitation.status === 'waitlisted' ? { waitlistPosition: (await stores.invitations.maxWaitlistPosition(summitId, to.group.id, to.organisation?.id ?? null)) + 1 } : {};
    }
    await stores.invitations.update(invitation.id, {
      ...changes, groupId: to.group.id, organisationId: to.organisation?.id ?? null,
      areaId: to.organisation?.areaId ?? invitation.areaId,
    }, now);
    await stores.audit.append({
      action: 'invitation.moved', actor, summitId, subjectType: 'invitation', subjectId: invitation.id,
      data: { from: { groupId: invitation.groupId, organisationId: invitation.organisationId }, to: { groupId: to.group.id, organisationId: to.organisation?.id ?? null } },
    }, now);
    if (holdsSeat) await refillFromWaitlist(stores, deps, from);
    else if (invitation.status === 'waitlisted') await refillFromWaitlist(stores, deps, to);
    return (await stores.invitations.find(invitation.id))!;
  });
  mailQueued(deps);
  return result;
}
