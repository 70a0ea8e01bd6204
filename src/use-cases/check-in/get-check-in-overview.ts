// Live counts at the door: who has arrived, against the confirmed participants, by stakeholder
// group and by table of each round of the published plan; walk-ins on record without a seat.
import type { CheckIn, WalkIn } from '../../domain/check-in.ts';
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
  const standing = new Map(checkIns.filter((c) => c.undoneAt === null).map((c) => [c.invitationId as string, c.checkedInAt]));
  const confirmed = invitations.filter((i) => i.status === 'confirmed');
  const present = invitations.filter((i) => standing.has(i.id));
  const count = (list: typeof invitations, groupId: string) => list.filter((i) => i.groupId === groupId).length;
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
    checkedIn: present.length,
    expected: confirmed.length,
    byGroup: groups.map((g) => ({ groupId: g.id, name: g.name, checkedIn: count(present, g.id), expected: count(confirmed, g.id) })),
    byTable,
    currentRound: Math.max(1, Math.min(roundsStarted, byTable.length || 1)),
    withoutSeat: walkIns.filter((w) => w.invitationId === null).length,
    people: present.map((i) => ({ invitationId: i.id, checkedInAt: standing.get(i.id)! })).sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt)),
  };
}
