// The summit's survey as the coordinator edits it: the stored one, or the Danish default before
// anything is saved, with its status and how many got a link and answered.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Summit } from '../../domain/summit.ts';
import { danishDay, defaultSurveyQuestions, surveyStatus, type Survey, type SurveyStatus } from '../../domain/after-summit/survey.ts';
import type { Deps, Stores } from '../../ports.ts';

export interface SurveyOverview {
  summit: Summit;
  survey: Survey;
  status: SurveyStatus;
  invited: number;
  responses: number;
}

export const defaultSurvey = (summitId: string): Survey => ({
  summitId, anonymous: true, questions: defaultSurveyQuestions(), reminderDays: 5, closesOn: null, sentAt: null, remindedAt: null,
});

/** The stored survey or the default; `not_found` without the summit. */
export async function loadSurvey(stores: Stores, summitId: SummitId): Promise<{ summit: Summit; survey: Survey }> {
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  return { summit, survey: (await stores.surveys.find(summitId)) ?? defaultSurvey(summitId) };
}

export async function getSurvey(deps: Deps, summitId: SummitId): Promise<SurveyOverview> {
  const stores = deps.db.stores;
  const { summit, survey } = await loadSurvey(stores, summitId);
  const [recipients, responses] = await Promise.all([stores.surveys.listRecipients(summitId), stores.surveys.listResponses(summitId)]);
  return { summit, survey, status: surveyStatus(survey, danishDay(deps.clock.now())), invited: recipients.length, responses: responses.length };
}
