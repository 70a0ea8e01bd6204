// The summit report ("Rapport") for the municipal council's agenda: attendance against quota by
// stakeholder group and by area (from check-ins, or from the confirmed when check-in was not
// used), how the published table plan mixed people (its measures), the feedback survey's
// results and the merged list of proposals. One read; the page and the PDF show the same figures.
import type { ProposalItem } from '../../domain/after-summit/table-note.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan, SeatingScoreSummary } from '../../domain/seating-plan.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { getSurveyResults, type SurveyResults } from '../survey/get-survey-results.ts';

export interface AttendanceRow {
  name: string;
  /** The seats set aside: the group's quota, or the quotas of the area's organisations together. */
  quota: number;
  present: number;
}

export interface SummitReport {
  summit: Summit;
  attendance: {
    /** checked_in: counted at the door; confirmed: check-in was not used, so the confirmed are counted. */
    basis: 'checked_in' | 'confirmed';
    present: number;
    capacity: number;
    byGroup: AttendanceRow[];
    /** Each area, then "no area" (name '') when someone present has none. */
    byArea: AttendanceRow[];
  };
  /** The published plan's measures; undefined when no plan was published. */
  mixing: { plan: SeatingPlan; score: SeatingScoreSummary } | undefined;
  /** The survey's results once it is sent; undefined before. */
  survey: SurveyResults | undefined;
  proposals: ProposalItem[];
}

export async function getSummitReport(deps: Deps, summitId: SummitId): Promise<SummitReport> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  // The confirmed are counted by the database; the people are read only when check-ins decide who came.
  const [groups, areas, organisations, tallies, checkIns, plan, proposals] = await Promise.all([
    stores.groups.list(summitId), stores.areas.list(summitId), stores.organisations.list(summitId), stores.invitations.statusCounts(summitId),
    stores.checkIns.listForSummit(summitId), stores.seatingPlans.findPublished(summitId), stores.tableNotes.listProposals(summitId),
  ]);
  const arrived = new Set(checkIns.filter((c) => c.undoneAt === null).map((c) => c.invitationId as string));
  const basis = arrived.size > 0 ? 'checked_in' : 'confirmed';
  const present: { groupId: string; areaId: string | null; count: number }[] = basis === 'checked_in'
    ? (await stores.invitations.listSummaries(summitId)).filter((i) => arrived.has(i.id)).map((i) => ({ groupId: i.groupId, areaId: i.areaId, count: 1 }))
    : tallies.filter((t) => t.status === 'confirmed');
  const count = (which: (p: (typeof present)[number]) => boolean) => present.reduce((sum, p) => (which(p) ? sum + p.count : sum), 0);
  const byArea: AttendanceRow[] = areas.map((area) => ({
    name: area.name,
    quota: organisations.filter((o) => o.areaId === area.id).reduce((sum, o) => sum + o.quota, 0),
    present: count((p) => p.areaId === area.id),
  }));
  const known = new Set(areas.map((a) => a.id as string));
  const withoutArea = count((p) => !p.areaId || !known.has(p.areaId));
  if (withoutArea > 0) byArea.push({ name: '', quota: 0, present: withoutArea });
  const survey = await getSurveyResults(deps, summitId);
  return {
    summit,
    attendance: {
      basis, present: count(() => true), capacity: summit.capacity, byArea,
      byGroup: groups.map((g) => ({ name: g.name, quota: g.quota, present: count((p) => p.groupId === g.id) })),
    },
    mixing: plan?.score ? { plan, score: plan.score } : undefined,
    survey: survey.status === 'draft' ? undefined : survey,
    proposals,
  };
}
