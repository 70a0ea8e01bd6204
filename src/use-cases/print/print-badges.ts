// Badges for the confirmed participants of a summit, in the order of the invitations API, each with
// their tables in the published plan (none before one is published). Every badge printed is put on
// record with the tables it shows, so a later re-plan can flag it as outdated.
import { assertGetsBadge, seatsByPerson, type Badge, type BadgeLayout } from '../../domain/badge.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation, InvitationId } from '../../domain/invitation.ts';
import { rosterById } from '../../domain/seating-roster.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access, type Actor } from '../actor.ts';

export interface BadgeRequest {
  layout: BadgeLayout;
  /** Only these people (a late reprint); each must be a confirmed participant of the summit. */
  invitationIds?: string[];
}

export interface PrintedBadges {
  pdf: Uint8Array;
  count: number;
}

export async function printBadges(deps: Deps, access: Access, summitId: SummitId, request: BadgeRequest): Promise<PrintedBadges> {
  const actor = actorOf(access);
  const badges = await badgesOf(deps, summitId, request.invitationIds);
  const pdf = await deps.print.badges(request.layout, badges);
  await recordPrints(deps, actor, summitId, badges, request.layout);
  return { pdf, count: badges.length };
}

async function badgesOf(deps: Deps, summitId: SummitId, only: string[] | undefined): Promise<Badge[]> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [invitations, everyone, codes, plan] = await Promise.all([
    stores.invitations.listBySummit(summitId), stores.seatingRoster.listAll(summitId),
    stores.invitations.listCheckInCodes(summitId), stores.seatingPlans.findPublished(summitId),
  ]);
  const chosen = only ? pick(invitations, only) : invitations.filter((i) => i.status === 'confirmed');
  const roster = rosterById(everyone);
  const seats = seatsByPerson(plan);
  return chosen.map((invitation) => {
    const person = roster.get(invitation.id);
    return {
      invitationId: invitation.id, name: invitation.name, group: person?.groupName ?? '',
      from: person?.organisationName ?? person?.areaName ?? '', seats: seats.get(invitation.id) ?? [],
      facilitator: person?.facilitator ?? false, noPhoto: !invitation.consentPhotos,
      code: codes.get(invitation.id as InvitationId) ?? '',
    };
  });
}

/** The named invitations in the API's order; an unknown one is not found, an unconfirmed one refused. */
function pick(invitations: Invitation[], ids: string[]): Invitation[] {
  const wanted = new Set(ids);
  const found = invitations.filter((i) => wanted.has(i.id));
  if (found.length !== wanted.size) throw new DomainError('not_found', { invitationIds: ids.filter((id) => !found.some((i) => i.id === id)) });
  for (const invitation of found) assertGetsBadge(invitation.status);
  return found;
}

async function recordPrints(deps: Deps, actor: Actor, summitId: SummitId, badges: Badge[], layout: BadgeLayout): Promise<void> {
  if (badges.length === 0) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (stores) => {
    await stores.badgePrints.record(summitId, badges.map((b) => ({ invitationId: b.invitationId, seats: b.seats, printedAt: now, printedBy: actor })));
    await stores.audit.append({ action: 'badges.printed', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { count: badges.length, layout } }, now);
  });
}
