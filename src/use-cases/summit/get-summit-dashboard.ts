// The summit's front page for the coordinator: fill state per group and area, answers over time,
// deadlines ahead, who has not answered and what to do next. One read of each store (the people
// counted by the database), then the rules of domain/summit-dashboard.ts.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Summit } from '../../domain/summit.ts';
import {
  answersPerDay, dueSoonUntil, fillRow, nextSteps, unanswered, upcomingDeadlines,
  type AnswerDay, type Deadline, type FillRow, type NextStep, type StatusCount,
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
  // The people are counted by the database, not loaded: a summit of any size is a few rows.
  const [groups, areas, organisations, tallies, answerHours, deadlineHours, firstUnanswered, links] = await Promise.all([
    stores.groups.list(summitId), stores.areas.list(summitId), stores.organisations.list(summitId),
    stores.invitations.statusCounts(summitId), stores.invitations.answersPerHour(summitId),
    stores.invitations.pendingDeadlinesPerHour(summitId, now, dueSoonUntil(now)),
    stores.invitations.listFirstUnanswered(summitId, UNANSWERED_SHOWN), stores.recruiterLinks.listActiveForSummit(summitId, now),
  ]);
  const of = (key: (t: StatusCount) => string | null) => {
    const map = new Map<string, StatusCount[]>();
    for (const t of tallies) {
      const k = key(t);
      if (k === null) continue;
      const list = map.get(k);
      if (list) list.push(t); else map.set(k, [t]);
    }
    return (k: string) => map.get(k) ?? [];
  };
  const byGroup = of((t) => t.groupId);
  const byArea = of((t) => t.areaId);
  const areaQuota = (areaId: string) => organisations.filter((o) => o.areaId === areaId).reduce((sum, o) => sum + o.quota, 0);
  const groupName = new Map(groups.map((g) => [g.id as string, g.name]));
  const organisationName = new Map(organisations.map((o) => [o.id as string, o.name]));
  return {
    summit,
    total: fillRow(summit.id, summit.title, summit.capacity, tallies),
    groups: groups.map((g) => fillRow(g.id, g.name, g.quota, byGroup(g.id))),
    areas: areas.map((a) => fillRow(a.id, a.name, areaQuota(a.id), byArea(a.id))),
    answers: answersPerDay(answerHours),
    deadlines: upcomingDeadlines(summit, deadlineHours, now),
    unanswered: unanswered(firstUnanswered).slice(0, UNANSWERED_SHOWN).map((i) => ({
      id: i.id, name: i.name, groupName: groupName.get(i.groupId) ?? '',
      organisationName: i.organisationId ? organisationName.get(i.organisationId) ?? null : null, answerDeadline: i.answerDeadline,
    })),
    unansweredCount: tallies.reduce((sum, t) => t.status === 'pending' ? sum + t.count : sum, 0),
    nextSteps: nextSteps({
      summit, groupQuotas: groups.map((g) => g.quota), organisations, tallies,
      answersDueSoon: deadlineHours.reduce((sum, h) => sum + h.soon, 0),
      linkedOrganisationIds: new Set(links.map((l) => l.organisationId as string)),
    }),
  };
}
