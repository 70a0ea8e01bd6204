// Someone not on the list came anyway. With a free seat under the group's (and organisation's)
// quota and the capacity, they get a confirmed place and are checked in at once; without one the
// answer is `no_seat_free`, and the helper can put them on record "uden plads" instead. A retry
// with the same client id changes nothing and gives the first result again.
import { assertCheckInOpen, isClientId, type WalkIn } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import { emailKey, seatAvailable } from '../../domain/invitation.ts';
import type { Deps, Stores } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { loadPlacement } from '../registration/registration-seats.ts';

export interface WalkInInput {
  clientId: string;
  name: string;
  /** Optional at the door; without one the person gets no mail from Samskab. */
  email?: string;
  groupId: string;
  organisationId?: string | null;
  /** Put on record without a seat (present, on no list and at no table). */
  withoutSeat?: boolean;
}

export interface WalkInResult {
  walkIn: WalkIn;
  seated: boolean;
  /** Whether this request added them (false: a retry of an earlier one). */
  created: boolean;
}

/** Stands in for a missing email: unique per walk-in, and undeliverable by definition (RFC 2606). */
const noEmail = (clientId: string) => `walk-in-${clientId.toLowerCase()}@samskab.invalid`;

export async function registerWalkIn(deps: Deps, actor: Actor, summitId: SummitId, input: WalkInInput): Promise<WalkInResult> {
  if (!isClientId(input.clientId)) throw new DomainError('validation_failed', { clientId: input.clientId });
  const name = input.name.trim();
  if (!name) throw new DomainError('validation_failed', { name: input.name });
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    const earlier = await stores.checkIns.findWalkIn(summitId, input.clientId);
    if (earlier) return { walkIn: earlier, seated: earlier.invitationId !== null, created: false };
    const placement = await loadPlacement(stores, summitId, input.groupId as GroupId, (input.organisationId ?? null) as OrganisationId | null);
    assertCheckInOpen(placement.summit.status);
    const now = deps.clock.now();
    const base = {
      summitId, clientId: input.clientId, name, groupId: placement.group.id, organisation: placement.organisation?.name ?? '',
      createdBy: actor, createdAt: now,
    };
    if (input.withoutSeat) {
      const { walkIn } = await stores.checkIns.addWalkIn({ ...base, invitationId: null });
      await stores.audit.append({ action: 'walk_in.recorded_without_seat', actor, summitId, subjectType: 'walk_in', subjectId: walkIn.id, data: { groupId: placement.group.id } }, now);
      return { walkIn, seated: false, created: true };
    }
    const invitationId = await seatWalkIn(stores, deps, actor, placement, name, input);
    const { walkIn } = await stores.checkIns.addWalkIn({ ...base, invitationId });
    await stores.checkIns.checkIn({ summitId, invitationId, checkedInAt: now, checkedInBy: actor, clientId: input.clientId });
    await stores.audit.append({ action: 'walk_in.seated', actor, summitId, subjectType: 'invitation', subjectId: invitationId, data: { walkInId: walkIn.id } }, now);
    return { walkIn, seated: true, created: true };
  });
}

/** A confirmed place within the quotas and capacity (the caller holds the summit's lock). */
async function seatWalkIn(stores: Stores, deps: Deps, actor: Actor, placement: Awaited<ReturnType<typeof loadPlacement>>, name: string, input: WalkInInput) {
  const { summit, group, organisation } = placement;
  const email = input.email?.trim() || noEmail(input.clientId);
  if (await stores.invitations.findActiveByEmail(summit.id, emailKey(email))) throw new DomainError('already_nominated');
  const held = await stores.invitations.countHeld(summit.id, group.id, organisation?.id ?? null);
  const free = seatAvailable(held, { organisation: organisation?.quota ?? null, group: group.quota, capacity: summit.capacity });
  if (!free) throw new DomainError('no_seat_free', { groupId: group.id, organisationId: organisation?.id ?? null });
  const now = deps.clock.now();
  const invitation = await stores.invitations.create({
    summitId: summit.id, groupId: group.id, organisationId: organisation?.id ?? null, areaId: organisation?.areaId ?? null,
    name, email, phone: '', status: 'confirmed', source: 'coordinator', waitlistPosition: 0, invitedAt: now, answerDeadline: null,
    answeredAt: now, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
  }, null, now);
  await stores.audit.append({ action: 'invitation.created', actor, summitId: summit.id, subjectType: 'invitation', subjectId: invitation.id, data: { groupId: group.id, organisationId: invitation.organisationId, source: 'walk_in' } }, now);
  return invitation.id;
}
