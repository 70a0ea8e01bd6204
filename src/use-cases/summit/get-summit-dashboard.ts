// The summit's front page for the coordinator: fill state per group and area, answers over time,
// deadlines ahead, who has not answered and what to do next. One read of each store, then the
// rules of domain/summit-dashboard.ts.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation } from '../../domain/invitation.ts';
import type { Summit } from '../../domain/summit.ts';
import {
  answersPerDay, fillRow, nextSteps, unanswered, upcomingDeadlines,
  type AnswerDay, type Deadline, type FillRow, type NextStep,
} from '../../domain/summit-dashboard.ts';
import type { Deps } from '../../ports.ts';

export interface UnansweredRow {
  id: string;
  name: string;
  groupName: string;
  organisationName: string | null;
  answerDeadline: string | null;
}

export interface SummitDashboard {
  summit: Summit;
  total: FillRow;
  groups: FillRow[];
  areas: FillRow[];
  answers: AnswerDay[];
  deadlines: Deadline[];
  /** The first few who have not answered, soonest deadline first; `unansweredCount` says how many there are. */
  unanswered: UnansweredRow[];
  unansweredCount: number;
  nextSteps: NextStep[];
}

const UNANSWERED_SHOWN = 10;

export async function getSummitDashboard(deps: Deps, summitId: SummitId): Promise<SummitDashboard> {
  const { stores } = deps.db;
  const now = deps.clock.now();
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [groups, areas, organisations, invitations, links] = await Promise.all([
    stores.groups.list(summitId), stores.areas.list(summitId), stores.organisations.list(summitId),
    stores.invitations.listBySummit(summitId), stores.recruiterLinks.listActiveForSummit(summitId, now),
  ]);
  const of = (key: (i: Invitation) => string | null) => {
    const map = new Map<string, Invitation[]>();
    for (const i of invitations) {
      const k = key(i);
      if (k !== null) map.set(k, [...(map.get(k) ?? []), i]);
    }
    return (k: string) => map.get(k) ?? [];
  };
  const byGroup = of((i) => i.groupId);
  const byArea = of((i) => i.areaId);
  const areaQuota = (areaId: string) => organisations.filter((o) => o.areaId === areaId).reduce((sum, o) => sum + o.quota, 0);
  const groupName = new Map(groups.map((g) => [g.id as string, g.name]));
  const organisationName = new Map(organisations.map((o) => [o.id as string, o.name]));
  const waiting = unanswered(invitations);
  return {
    summit,
    total: fillRow(summit.id, summit.title, summit.capacity, invitations),
    groups: groups.map((g) => fillRow(g.id, g.name, g.quota, byGroup(g.id))),
    areas: areas.map((a) => fillRow(a.id, a.name, areaQuota(a.id), byArea(a.id))),
    answers: answersPerDay(invitations),
    deadlines: upcomingDeadlines(summit, invitations, now),
    unanswered: waiting.slice(0, UNANSWERED_SHOWN).map((i) => ({
      id: i.id, name: i.name, groupName: groupName.get(i.groupId) ?? '',
      organisationName: i.organisationId ? organisationName.get(i.organisationId) ?? null : null, answerDeadline: i.answerDeadline,
    })),
    unansweredCount: waiting.length,
    nextSteps: nextSteps({
      summit, groupQuotas: groups.map((g) => g.quota), organisations, invitations,
      linkedOrganisationIds: new Set(links.map((l) => l.organisationId as string)), now,
    }),
  };
}
