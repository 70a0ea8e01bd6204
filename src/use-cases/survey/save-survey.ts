// The coordinator changes the survey (questions, anonymity, reminder, close date) while it is not
// sent; after that it is fixed, so every answer meets the same questions.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertSurveyEditable, assertValidQuestions, surveyLimits, withQuestionIds, type SurveyQuestion } from '../../domain/after-summit/survey.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { getSurvey, loadSurvey, type SurveyOverview } from './get-survey.ts';

export interface SurveyChanges {
  anonymous?: boolean | undefined;
  questions?: (Omit<SurveyQuestion, 'id'> & { id?: string | undefined })[] | undefined;
  reminderDays?: number | undefined;
  /** YYYY-MM-DD, or null to close 14 days after sending. */
  closesOn?: string | null | undefined;
}

export async function saveSurvey(deps: Deps, access: Access, summitId: SummitId, changes: SurveyChanges): Promise<SurveyOverview> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    const { survey } = await loadSurvey(stores, summitId);
    assertSurveyEditable(survey);
    const questions = changes.questions ? assertValidQuestions(withQuestionIds(changes.questions)) : survey.questions;
    const reminderDays = changes.reminderDays ?? survey.reminderDays;
    if (!Number.isInteger(reminderDays) || reminderDays < 1 || reminderDays > surveyLimits.reminderDays) throw new DomainError('validation_failed', { reminderDays });
    const closesOn = changes.closesOn === undefined ? survey.closesOn : changes.closesOn;
    if (closesOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) throw new DomainError('validation_failed', { closesOn });
    const now = deps.clock.now();
    await stores.surveys.save({ ...survey, anonymous: changes.anonymous ?? survey.anonymous, questions, reminderDays, closesOn }, now);
    await stores.audit.append({ action: 'survey.saved', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { questions: questions.length } }, now);
  });
  return getSurvey(deps, summitId);
}
