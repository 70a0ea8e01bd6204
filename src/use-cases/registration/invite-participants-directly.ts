// The coordinator invites people directly (the council members, say): into a group, optionally
// on behalf of one of its organisations. Same guard and waiting list as a recruiter's nomination.
import { DomainError } from '../../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId, SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { nominate } from './nominate-participant.ts';
import type { PlaceResult } from './registration-seats.ts';

export interface DirectInvitationInput {
  groupId: string;
  organisationId?: string | null;
  name: string;
  email: string;
  phone?: string;
  areaId?: string | null;
}

export async function inviteDirectly(deps: Deps, access: Access, summitId: SummitId, input: DirectInvitationInput, source: 'coordinator' | 'import' = 'coordinator'): Promise<PlaceResult> {
  const actor = actorOf(access);
  if (input.organisationId) {
    const organisation = await deps.db.stores.organisations.find(input.organisationId as OrganisationId);
    if (!organisation || organisation.summitId !== summitId) throw new DomainError('not_found', { organisationId: input.organisationId });
    if (organisation.groupId !== input.groupId) throw new DomainError('organisation_not_in_group', { organisationId: input.organisationId, groupId: input.groupId });
  }
  if (input.areaId) {
    const area = await deps.db.stores.areas.find(input.areaId as AreaId);
    if (!area || area.summitId !== summitId) throw new DomainError('area_not_in_summit', { areaId: input.areaId });
  }
  return nominate(deps, {
    actor, source, ids: { summitId, groupId: input.groupId as GroupId, organisationId: (input.organisationId ?? null) as OrganisationId | null },
    person: { name: input.name, email: input.email, phone: input.phone, areaId: input.areaId ?? null },
  });
}
