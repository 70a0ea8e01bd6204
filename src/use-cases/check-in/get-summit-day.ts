// The coordinator's view of the day: arrivals over time, who is missing by group and organisation,
// the helpers' check-in links, how far the rounds have come and the latest re-plan.
import { deliverable } from '../../domain/check-in.ts';
import type { CheckInLink } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan } from '../../domain/seating-plan.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import type { OutdatedBadge } from '../../domain/badge.ts';
import { outdatedBadgesOf } from '../print/outdated-badges.ts';
import { tallyCheckIns, type CheckInOverview } from './get-check-in-overview.ts';

export interface MissingGroup {
  groupId: string;
  name: string;
  organisations: { name: string; people: { invitationId: string; name: string }[] }[];
  count: number;
}

export interface SummitDay {
  summit: Summit;
  overview: CheckInOverview;
  /** The standing check-ins' times, in order (a chart draws the running total). */
  arrivals: string[];
  missing: MissingGroup[];
  /** How many of the missing can be reached by email. */
  missingReachable: number;
  links: CheckInLink[];
  rounds: number;
  roundsStarted: number;
  published: SeatingPlan | undefined;
  /** The newest version, when it is newer than the published one (a re-plan running or to publish). */
  latest: SeatingPlan | undefined;
  /** Printed badges whose tables the published plan has changed since. */
  outdated: OutdatedBadge[];
}

export async function getSummitDay(deps: Deps, summitId: SummitId): Promise<SummitDay> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const now = deps.clock.now();
  // Each store once: the counts at the door and the outdated badges share the people and the plan.
  // The people once, whatever their status: the confirmed among them are the roster.
  const [groupList, invitations, checkIns, walkIns, links, plans, published, roundsStarted] = await Promise.all([
    stores.groups.list(summitId), stores.seatingRoster.listAll(summitId), stores.checkIns.listForSummit(summitId), stores.checkIns.listWalkIns(summitId),
    stores.checkIns.listActiveLinks(summitId, now),
    stores.seatingPlans.list(summitId), stores.seatingPlans.findPublished(summitId), stores.checkIns.roundsStarted(summitId),
  ]);
  const roster = invitations.filter((p) => p.status === 'confirmed');
  const overview = tallyCheckIns({ groups: groupList, invitations, checkIns, walkIns, plan: published, roundsStarted });
  const outdated = await outdatedBadgesOf(stores, summitId, invitations, published);
  const arrived = new Set(overview.people.map((p) => p.invitationId));
  const missingPeople = roster.filter((p) => !arrived.has(p.id));
  const groups = new Map<string, MissingGroup>();
  for (const person of missingPeople) {
    const group = groups.get(person.groupId) ?? { groupId: person.groupId, name: person.groupName, organisations: [], count: 0 };
    groups.set(person.groupId, group);
    const from = person.organisationName ?? person.areaName ?? '';
    let organisation = group.organisations.find((o) => o.name === from);
    if (!organisation) group.organisations.push(organisation = { name: from, people: [] });
    organisation.people.push({ invitationId: person.id, name: person.name });
    group.count++;
  }
  const order = new Map(overview.byGroup.map((g, i) => [g.groupId, i]));
  const missing = [...groups.values()].sort((a, b) => (order.get(a.groupId) ?? 0) - (order.get(b.groupId) ?? 0));
  for (const group of missing) group.organisations.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const latest = plans[0] && plans[0].id !== published?.id ? plans[0] : undefined;
  return {
    summit, overview, arrivals: overview.people.map((p) => p.checkedInAt), missing,
    missingReachable: missingPeople.filter((p) => deliverable(p.email)).length,
    links, rounds: published?.settings.rounds ?? 0, roundsStarted, published, latest, outdated,
  };
}
