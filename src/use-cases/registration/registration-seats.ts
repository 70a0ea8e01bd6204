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
import type { Deps, HeldSeats, SeatState, Stores } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { loadOwnWordings, queueMail, type OwnWordings } from '../outgoing-mail.ts';
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

/**
 * `placement` (read before the lock) brought up to date with the seat state read under it: the
 * summit as it is now, and the quotas that decide the seat. Refused like loadPlacement when the
 * summit, group or organisation is gone or not the summit's.
 */
function currentPlacement(placement: Placement, state: SeatState | undefined): Placement {
  const { summit, group, organisation } = placement;
  if (!state) throw new DomainError('not_found', { summitId: summit.id });
  if (state.groupQuota === undefined) throw new DomainError('group_not_in_summit', { groupId: group.id });
  if (organisation && state.organisationQuota === undefined) throw new DomainError('not_found', { organisationId: organisation.id });
  return {
    summit: state.summit,
    group: { ...group, quota: state.groupQuota },
    organisation: organisation && { ...organisation, quota: state.organisationQuota! },
  };
}

/** What a seat-changing step reads before it takes the seat guard: nothing of it decides a seat. */
export interface Prepared {
  placement: Placement;
  wordings: OwnWordings;
}

/**
 * Reads the placement and the summit's own wordings, before the lock; a summit, organisation and
 * group the caller has just read (`known`) are not read again.
 */
export async function prepareSeat(stores: Stores, summitId: SummitId, groupId: GroupId, organisationId: OrganisationId | null,
  known: { summit?: Summit; organisation?: Organisation; group?: StakeholderGroup } = {}): Promise<Prepared> {
  const wordings = await loadOwnWordings(stores, summitId);
  if (known.summit?.id !== summitId) return { placement: await loadPlacement(stores, summitId, groupId, organisationId), wordings };
  const group = known.group?.id === groupId ? known.group : await stores.groups.find(groupId);
  if (!group || group.summitId !== summitId) throw new DomainError('group_not_in_summit', { groupId });
  let organisation: Organisation | null = null;
  if (organisationId) {
    const found = known.organisation?.id === organisationId ? known.organisation : await stores.organisations.find(organisationId);
    if (!found || found.summitId !== summitId) throw new DomainError('not_found', { organisationId });
    organisation = found;
  }
  return { placement: { summit: known.summit, group, organisation }, wordings };
}

/** The seat state of the prepared placement, read under the lock, and the placement as it is now. */
export async function seatStateOf(stores: Stores, prepared: Prepared, emailKey?: string): Promise<{ placement: Placement; state: SeatState }> {
  const { summit, group, organisation } = prepared.placement;
  const state = await stores.seats.state(summit.id, group.id, organisation?.id ?? null, emailKey);
  return { placement: currentPlacement(prepared.placement, state), state: state! };
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
  /** Read before the lock (prepareSeat); placePerson reads what decides the seat again under it. */
  prepared: Prepared;
  person: PersonInput;
  source: InvitationSource;
}

/** The fields that make an invitation pending: invited now, with an answer deadline. */
type PendingSeat = Pick<Invitation, 'status' | 'invitedAt' | 'answerDeadline'>;

/**
 * Invites a person to a seat (`placement` as read under the seat guard): `seat` stores the pending invitation under a fresh personal link's
 * hash, and the invitation is mailed with that link and a calendar file.
 */
async function inviteToSeat(stores: Stores, deps: Deps, placement: Placement, wordings: OwnWordings, now: string,
  seat: (pending: PendingSeat, tokenHash: string) => Promise<Invitation>): Promise<Invitation> {
  const { summit, organisation } = placement;
  const token = deps.tokens.newToken();
  const deadline = answerDeadline(now, summit.answerDays);
  const invitation = await seat({ status: 'pending', invitedAt: now, answerDeadline: deadline }, deps.tokens.hash(token));
  const link = participantUrl(deps, token);
  await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].invitation(summit, invitation, link, deadline, organisation?.name ?? null), invitationId: invitation.id, attachments: calendarAttachment(deps, summit, invitation, link) }, wordings, summit);
  return invitation;
}

/**
 * Gives a person a seat (a pending invitation, mailed) if one is free under the organisation's
 * quota, the group's quota and the capacity; otherwise puts them on the waiting list. Must run
 * under the seat guard.
 */
export async function placePerson(stores: Stores, deps: Deps, request: PlaceRequest): Promise<PlaceResult> {
  const { actor, prepared, person, source } = request;
  const { wordings } = prepared;
  const { placement, state } = await seatStateOf(stores, prepared, emailKey(person.email));
  const { summit, group, organisation } = placement;
  const now = deps.clock.now();
  if (!acceptsNominations(summit.status)) throw new DomainError('summit_not_recruiting', { status: summit.status });
  if (state.activeInvitationId) {
    const existing = await stores.invitations.find(state.activeInvitationId);
    if (existing && existing.organisationId === (organisation?.id ?? null) && existing.groupId === group.id) return { invitation: existing, existing: true };
    throw new DomainError('already_nominated');
  }
  const base = {
    summitId: summit.id, groupId: group.id, organisationId: organisation?.id ?? null,
    areaId: (person.areaId ?? organisation?.areaId ?? null) as Invitation['areaId'],
    name: person.name, email: person.email.trim(), phone: person.phone ?? '', source, language: person.language ?? 'da',
    answeredAt: null, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
  };
  const subject = { summitId: summit.id, subjectType: 'invitation' };
  if (hasSeat(placement, state.held)) {
    const invitation = await inviteToSeat(stores, deps, placement, wordings, now,
      (pending, tokenHash) => stores.invitations.create({ ...base, ...pending, waitlistPosition: 0 }, tokenHash, now));
    await stores.audit.append({ ...subject, action: 'invitation.created', actor, subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id, source } }, now);
    return { invitation, existing: false };
  }
  const position = state.waitlistTail + 1;
  const invitation = await stores.invitations.create({ ...base, status: 'waitlisted', waitlistPosition: position, invitedAt: null, answerDeadline: null }, null, now);
  await stores.audit.append({ ...subject, action: 'nomination.waitlisted', actor, subjectId: invitation.id, data: { organisationId: invitation.organisationId, groupId: group.id, position, source } }, now);
  await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].waitlisted(summit, invitation, organisation?.name ?? null), invitationId: invitation.id }, wordings, summit);
  return { invitation, existing: false };
}

/**
 * After a seat was freed in (summit, group, organisation): invites the next people on that
 * organisation's waiting list for as long as seats are free, and tells the recruiter.
 */
export async function refillFromWaitlist(stores: Stores, deps: Deps, placement: Placement): Promise<Invitation[]> {
  const held = await stores.invitations.countHeld(placement.summit.id, placement.group.id, placement.organisation?.id ?? null);
  return refillSeats(stores, deps, { placement, held });
}

/** refillFromWaitlist with the seats already counted (and the summit's wordings read ahead). */
export async function refillSeats(stores: Stores, deps: Deps, seats: { placement: Placement; held: HeldSeats; wordings?: OwnWordings }): Promise<Invitation[]> {
  const { placement } = seats;
  const { summit, group, organisation } = placement;
  let { held } = seats;
  const promoted: Invitation[] = [];
  // Counted once; each invitation below takes one seat at every level.
  while (hasSeat(placement, held)) {
    const next = await stores.invitations.nextWaitlisted(summit.id, group.id, organisation?.id ?? null);
    if (!next) break;
    const now = deps.clock.now();
    const wordings = seats.wordings ?? await loadOwnWordings(stores, summit.id);
    const invitation = await inviteToSeat(stores, deps, placement, wordings, now,
      (pending, tokenHash) => stores.invitations.change(next, pending, now, tokenHash));
    held = { summit: held.summit + 1, group: held.group + 1, organisation: held.organisation + 1 };
    if (organisation?.contactEmail) await queueMail(stores, deps, deps.mailTexts.da.promotedRecruiter(summit, organisation, invitation), wordings, summit);
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
