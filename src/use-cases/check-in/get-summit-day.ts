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
import { outdatedAmong } from '../print/outdated-badges.ts';
import { tallyCountedCheckIns, type CheckInOverview } from './get-check-in-overview.ts';

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
  // Only what the page shows: each group's people counted by the database, the confirmed who have
  // not arrived, the badges of the confirmed that were printed and the newest plan; never all the
  // summit's people or every version of its plan.
  const [groupList, counts, missingPeople, checkIns, walkIns, links, { newest, published }, roundsStarted, printed] = await Promise.all([
    stores.groups.list(summitId), stores.checkIns.countByGroup(summitId), stores.checkIns.listMissing(summitId),
    stores.checkIns.listForSummit(summitId), stores.checkIns.listWalkIns(summitId), stores.checkIns.listActiveLinks(summitId, now),
    stores.seatingPlans.findNewestAndPublished(summitId), stores.checkIns.roundsStarted(summitId),
    stores.badgePrints.listLatestOfConfirmed(summitId),
  ]);
  const overview = tallyCountedCheckIns({ groups: groupList, counts, checkIns, walkIns, plan: published, roundsStarted });
  const outdated = outdatedAmong(printed, published);
  const groupNames = new Map(groupList.map((g) => [g.id as string, g.name]));
  const groups = new Map<string, MissingGroup>();
  for (const person of missingPeople) {
    const group = groups.get(person.groupId) ?? { groupId: person.groupId, name: groupNames.get(person.groupId) ?? '', organisations: [], count: 0 };
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
  const latest = newest && newest.id !== published?.id ? newest : undefined;
  return {
    summit, overview, arrivals: overview.people.map((p) => p.checkedInAt), missing,
    missingReachable: missingPeople.filter((p) => deliverable(p.email)).length,
    links, rounds: published?.settings.rounds ?? 0, roundsStarted, published, latest, outdated,
  };
}
