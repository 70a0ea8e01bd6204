// A recruiter (through the organisation's personal link) or the coordinator puts a person forward.
// The person is invited at once when a seat is free, otherwise put on the waiting list.
import { DomainError } from '../../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import type { Invitation, InvitationSource, RecruiterLink } from '../../domain/invitation.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { mailQueued } from '../outgoing-mail.ts';
import { placePerson, prepareSeat, withSummitLock, type PersonInput, type PlaceResult } from './registration-seats.ts';

export interface RecruiterAccess {
  link: RecruiterLink;
  organisation: Organisation;
  summit: Summit;
  /** The organisation's group, unless it is no longer the summit's. */
  group?: StakeholderGroup;
}

/** The organisation behind a recruiter link; an unknown, revoked or expired link is simply not found. */
export async function recruiterAccess(deps: Deps, token: string): Promise<RecruiterAccess> {
  const access = await deps.db.stores.recruiterLinks.findAccess(deps.tokens.hash(token), deps.clock.now());
  if (!access) throw new DomainError('not_found');
  return access;
}

export interface PlacementIds {
  summitId: SummitId;
  groupId: GroupId;
  organisationId: OrganisationId | null;
}

export interface Nomination {
  actor: Actor;
  ids: PlacementIds;
  person: PersonInput;
  source: InvitationSource;
  /** The summit, organisation and group as the caller has just read them, so they are not read again. */
  known?: { summit?: Summit; organisation?: Organisation; group?: StakeholderGroup };
}

/**
 * The guarded core: the lookups first, then under the seat guard one read of what decides the
 * seat, and the inserts.
 */
export async function nominate(deps: Deps, nomination: Nomination): Promise<PlaceResult> {
  const { actor, ids, person, source } = nomination;
  const prepared = await prepareSeat(deps.db.stores, ids.summitId, ids.groupId, ids.organisationId, nomination.known);
  const result = await withSummitLock(deps, ids.summitId, (stores) => placePerson(stores, deps, { actor, prepared, person, source }));
  mailQueued(deps);
  return result;
}

export interface NominationInput {
  name: string;
  email: string;
  areaId?: string | null;
  phone?: string;
}

/** A recruiter nominates a person for its own organisation. */
export async function nominateParticipant(deps: Deps, recruiterToken: string, input: NominationInput): Promise<PlaceResult> {
  const { organisation, link, summit, group } = await recruiterAccess(deps, recruiterToken);
  if (input.areaId) {
    const area = await deps.db.stores.areas.find(input.areaId as AreaId);
    if (!area || area.summitId !== organisation.summitId) throw new DomainError('area_not_in_summit', { areaId: input.areaId });
  }
  return nominate(deps, {
    actor: `recruiter:${link.id}`, source: 'recruiter',
    ids: { summitId: organisation.summitId, groupId: organisation.groupId, organisationId: organisation.id },
    person: { ...input, areaId: input.areaId ?? organisation.areaId },
    known: { summit, organisation, group },
  });
}

/** What a recruiter sees: its organisation's people only. */
export async function listOwnNominations(deps: Deps, recruiterToken: string): Promise<RecruiterAccess & { nominations: Invitation[] }> {
  const access = await recruiterAccess(deps, recruiterToken);
  const nominations = await deps.db.stores.invitations.listByOrganisation(access.organisation.id);
  return { ...access, nominations };
}
