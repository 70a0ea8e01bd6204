// Live counts at the door: who has arrived, against the confirmed participants, by stakeholder
// group and by table of each round of the published plan; walk-ins on record without a seat.
import type { CheckIn, GroupAttendance, WalkIn } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { SeatingPlan } from '../../domain/seating-plan.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';

export interface CheckInOverview {
  checkedIn: number;
  expected: number;
  byGroup: { groupId: string; name: string; checkedIn: number; expected: number }[];
  /** Per round of the published plan (none before one is published). */
  byTable: { round: number; tables: { tableId: string; name: string; checkedIn: number; expected: number }[] }[];
  /** The round under way (the first before the day starts). */
  currentRound: number;
  /** Walk-ins put on record "uden plads": present, but on no list and at no table. */
  withoutSeat: number;
  people: { invitationId: string; checkedInAt: string }[];
}

/** What the counts are made of, as the stores read them. */
export interface CheckInReads {
  groups: StakeholderGroup[];
  /** The summit's people, whatever their status. */
  invitations: readonly { id: string; groupId: string; status: string }[];
  checkIns: CheckIn[];
  walkIns: WalkIn[];
  plan: SeatingPlan | undefined;
  roundsStarted: number;
}

export async function getCheckInOverview(deps: Deps, summitId: SummitId): Promise<CheckInOverview> {
  const stores = deps.db.stores;
  if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  const [groups, invitations, checkIns, walkIns, plan, roundsStarted] = await Promise.all([
    stores.groups.list(summitId), stores.invitations.listSummaries(summitId), stores.checkIns.listForSummit(summitId),
    stores.checkIns.listWalkIns(summitId), stores.seatingPlans.findPublished(summitId), stores.checkIns.roundsStarted(summitId),
  ]);
  return tallyCheckIns({ groups, invitations, checkIns, walkIns, plan, roundsStarted });
}

/** The counts from what the stores read, for a page that read them already. */
export function tallyCheckIns({ groups, invitations, checkIns, walkIns, plan, roundsStarted }: CheckInReads): CheckInOverview {
  const standing = standingOf(checkIns);
  const confirmed = invitations.filter((i) => i.status === 'confirmed');
  const present = invitations.filter((i) => standing.has(i.id));
  const count = (list: typeof invitations, groupId: string) => list.filter((i) => i.groupId === groupId).length;
  return {
    checkedIn: present.length,
    expected: confirmed.length,
    byGroup: groups.map((g) => ({ groupId: g.id, name: g.name, checkedIn: count(present, g.id), expected: count(confirmed, g.id) })),
    ...atTheDoor({ checkIns: standing, walkIns, plan, roundsStarted }),
    people: present.map((i) => ({ invitationId: i.id, checkedInAt: standing.get(i.id)! })).sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt)),
  };
}

/** What the counts are made of when the database counted each group's people. */
export interface CountedCheckInReads extends Omit<CheckInReads, 'invitations'> {
  counts: readonly GroupAttendance[];
}

/** The counts from each group's people counted by the database, so no page reads every person for them. */
export function tallyCountedCheckIns({ groups, counts, checkIns, walkIns, plan, roundsStarted }: CountedCheckInReads): CheckInOverview {
  const standing = standingOf(checkIns);
  const ofGroup = new Map<string, GroupAttendance>(counts.map((c) => [c.groupId, c]));
  // Every check-in of the summit is one of its own people's (a code of another summit is refused at the door).
  const people = [...standing].map(([invitationId, checkedInAt]) => ({ invitationId, checkedInAt })).sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt));
  return {
    checkedIn: people.length,
    expected: counts.reduce((n, c) => n + c.confirmed, 0),
    byGroup: groups.map((g) => ({ groupId: g.id, name: g.name, checkedIn: ofGroup.get(g.id)?.checkedIn ?? 0, expected: ofGroup.get(g.id)?.confirmed ?? 0 })),
    ...atTheDoor({ checkIns: standing, walkIns, plan, roundsStarted }),
    people,
  };
}

/** The standing check-ins' times by person, in the order given. */
const standingOf = (checkIns: CheckIn[]) => new Map(checkIns.filter((c) => c.undoneAt === null).map((c) => [c.invitationId as string, c.checkedInAt]));

/** The counts that need no person's group: by table of the published plan, the round, the walk-ins without a seat. */
function atTheDoor({ checkIns: standing, walkIns, plan, roundsStarted }: { checkIns: Map<string, string>; walkIns: WalkIn[]; plan: SeatingPlan | undefined; roundsStarted: number }) {
  const byTable = (plan?.rounds ?? []).map((round, r) => ({
    round: r + 1,
    tables: round.tables.map((t) => ({
      tableId: t.id,
      name: plan!.settings.tables.find((spec) => spec.id === t.id)?.name ?? t.id,
      checkedIn: t.people.filter((p) => standing.has(p)).length,
      expected: t.people.length,
    })),
  }));
  return {
    byTable,
    currentRound: Math.max(1, Math.min(roundsStarted, byTable.length || 1)),
    withoutSeat: walkIns.filter((w) => w.invitationId === null).length,
  };
}
