// The survey's results: responses against invitations, per question the counts (and the mean of a
// rating, the texts of a free-text question), and the same split by stakeholder group where a
// group has at least five responses (the rest as "andre").
import type { SummitId } from '../../domain/ids.ts';
import { summariseByGroup, summariseQuestions, type GroupResult, type QuestionResult, type SurveyResponse } from '../../domain/after-summit/survey.ts';
import type { Deps, StoredSurveyResponse, Stores } from '../../ports.ts';
import { getSurvey, type SurveyOverview } from './get-survey.ts';

export interface SurveyResults extends SurveyOverview {
  questions: QuestionResult[];
  byGroup: GroupResult[];
}

/** Responses with their group's name (null when the group is not shown apart). */
export async function namedResponses(stores: Stores, summitId: SummitId, stored?: StoredSurveyResponse[]): Promise<SurveyResponse[]> {
  const [groups, responses] = await Promise.all([stores.groups.list(summitId), stored ?? stores.surveys.listResponses(summitId)]);
  const names = new Map(groups.map((g) => [g.id as string, g.name]));
  return responses.map((r) => ({ groupName: (r.groupId && names.get(r.groupId)) || null, answers: r.answers }));
}

export async function getSurveyResults(deps: Deps, summitId: SummitId): Promise<SurveyResults> {
  const overview = await getSurvey(deps, summitId);
  const responses = await namedResponses(deps.db.stores, summitId);
  const { questions } = overview.survey;
  return { ...overview, questions: summariseQuestions(questions, responses), byGroup: summariseByGroup(questions, responses) };
}
