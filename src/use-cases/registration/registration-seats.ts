// The seat rules shared by every verb that takes or frees a seat. All of them run under the
// SeatGuard (ports.ts), so "count the held seats, then insert" can never interleave with another
// request.
import { DomainError } from '../../domain/errors.ts';
import type { GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import { acceptsNominations, answerDeadline, emailKey, seatAvailable, type Invitation, type InvitationSource } from '../../domain/invitation.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Language } from '../../domain/language.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, HeldSeats, Stores } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { queueMail } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { calendarAttachment } from '../summit-calendar-attachment.ts';

export interface Placement {
  summit: Summit;
  group: StakeholderGroup;
  organisation: Organisation | null;
}

export async function loadPlacement(stores: Stores, summitId: SummitId, groupId: GroupId, organisationId: OrganisationId | null): Promise<Placement> {
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const group = await stores.groups.find(groupId);
  if (!group || group.summitId !== summitId) throw new DomainError('group_not_in_summit', { groupId });
  let organisation: Organisation | null = null;
  if (organisationId) {
    const found = await stores.organisations.find(organisationId);
    if (!found || found.summitId !== summitId) throw new DomainError('not_found', { organisationId });
    organisation = found;
  }
  return { summit, group, organisation };
}

function hasSeat(placement: Placement, held: HeldSeats): boolean {
  return seatAvailable(
    { organisation: held.organisation, group: held.group, summit: held.summit },
    { organisation: placement.organisation?.quota ?? null, group: placement.group.quota, capacity: placement.summit.capacity },
  );
}

export interface PersonInput {
  name: string;
  email: string;
  phone?: string;
  areaId?: string | null;
  /** The language of the person's mail; Danish unless they wrote in another. */
  language?: Language;
}

export interface PlaceResult {
  invitation: Invitation;
  /** True when the email was already nominated through the same organisation: nothing changed. */
  existing: boolean;
}

/** What placePerson needs to know: who asks, for which seat, for whom and through which channel. */
export interface PlaceRequest {
  actor: Actor;
  placement: Placement;
  person: PersonInput;
  source: InvitationSource;
}

/** The fields that make an invitation pending: invited now, with an answer deadline. */
type PendingSeat = Pick<Invitation, 'status' | 'invitedAt' | 'answerDeadline'>;

/**
 * Invites a person to a seat: `seat` stores the pending invitation under a fresh personal link's
 * hash, and the invitation is mailed with that link and a calendar file.
 */
async function inviteToSeat(stores: Stores, deps: Deps, placement: Placement, now: string,
  seat: (pending: PendingSeat, tokenHash: string) => Promise<Invitation>): Promise<Invitation> {
  const { summit, organisation } = placement;
  const token = deps.tokens.newToken();
  const deadline = answerDeadline(now, summit.answerDays);
  const invitation = await seat({ status: 'pending', invitedAt: now, answerDeadline: deadline }, deps.tokens.hash(token));
  const link = participantUrl(deps, token);
  await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].invitation(summit, invitation, link, deadline, organisation?.name ?? null), invitationId: invitation.id, attachments: calendarAttachment(deps, summit, invitation, link) });
  return invitation;
}

/**
 * Gives a person a seat (a pending invitation, mailed) if one is free under the organisation's
 * quota, the group's quota and the capacity; otherwise puts them on the waiting list. Must run
 * under the seat guard.
 */
export async function placePerson(stores: Stores, deps: Deps, request: PlaceRequest): Promise<PlaceResult> {
  const { actor, placement, person, source } = request;
  const { summit, group, organisation } = placement;
  const now = deps.clock.now();
  if (!acceptsNominations(summit.status)) throw new DomainError('summit_not_recruiting', { status: summit.status });
  const existing = await stores.invitations.findActiveByEmail(summit.id, emailKey(person.email));
  if (existing) {
    if (existing.organisationId === (organisation?.id ?? null) && existing.groupId === group.id) return { invitation: existing, existing: true };
    throw new DomainError('already_nominated');
  }
  const seats = await stores.invitations.countHeld(summit.id, group.id, organisation?.id ?? null);
  const base = {
    summitId: summit.id, groupId: group.id, organisationId: organisation?.id ?? null,
    areaId: (person.areaId ?? organisation?.areaId ?? null) as Invitation['areaId'],
    name: person.name, email: person.email.trim(), phone: person.phone ?? '', source, language: person.language ?? 'da',
    answeredAt: null, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
  };
  const subject = { summitId: summit.id, subjectType: 'invitation' };
  if (hasSeat(placement, seats)) {
    const invitation = await inviteToSeat(stores, deps, placement, now,
      (pending, tokenHash) => stores.invitations.create({ ...base, ...pending, waitlistPosition: 0 }, tokenHash, now));
    await stores.audit.append({ ...subject, action: 'invitation.created', actor, subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id, source } }, now);
    return { invitation, existing: false };
  }
  const position = (await stores.invitations.maxWaitlistPosition(summit.id, group.id, organisation?.id ?? null)) + 1;
  const invitation = await stores.invitations.create({ ...base, status: 'waitlisted', waitlistPosition: position, invitedAt: null, answerDeadline: null }, null, now);
  await stores.audit.append({ ...subject, action: 'nomination.waitlisted', actor, subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id, position, source } }, now);
  await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].waitlisted(summit, invitation, organisation?.name ?? null), invitationId: invitation.id });
  return { invitation, existing: false };
}

/**
 * After a seat was freed in (summit, group, organisation): invites the next people on that
 * organisation's waiting list for as long as seats are free, and tells the recruiter.
 */
export async function refillFromWaitlist(stores: Stores, deps: Deps, placement: Placement): Promise<Invitation[]> {
  const { summit, group, organisation } = placement;
  const promoted: Invitation[] = [];
  for (;;) {
    const next = await stores.invitations.nextWaitlisted(summit.id, group.id, organisation?.id ?? null);
    if (!next) break;
    const held = await stores.invitations.countHeld(summit.id, group.id, organisation?.id ?? null);
    if (!hasSeat(placement, held)) break;
    const now = deps.clock.now();
    const invitation = await inviteToSeat(stores, deps, placement, now,
      (pending, tokenHash) => stores.invitations.update(next.id, pending, now, tokenHash));
    if (organisation?.contactEmail) await queueMail(stores, deps, deps.mailTexts.da.promotedRecruiter(summit, organisation, invitation));
    await stores.audit.append({ action: 'nomination.promoted', actor: 'system', summitId: summit.id, subjectType: 'invitation', subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id } }, now);
    await stores.audit.append({ action: 'invitation.created', actor: 'system', summitId: summit.id, subjectType: 'invitation', subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id, source: 'waitlist' } }, now);
    promoted.push(invitation);
  }
  return promoted;
}

/** Runs seat-changing work on the summit under the seat guard. */
export function withSummitLock<T>(deps: Deps, summitId: SummitId, work: (stores: Stores) => Promise<T>): Promise<T> {
  return deps.seatGuard.hold(summitId, work);
}

/** The summit, group and organisation an invitation belongs to, for refilling its seat. */
export async function placementOf(stores: Stores, invitation: Invitation): Promise<Placement> {
  return loadPlacement(stores, invitation.summitId, invitation.groupId, invitation.organisationId);
}
