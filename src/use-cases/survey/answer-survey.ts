// A respondent behind their survey link (/s/{token}): what the page shows, and the one answer the
// link takes. In an anonymous survey nothing written with the answer leads back to the person: the
// response gets a random id, the day and (for a big enough group) the group; the recipient gets its
// spent marker; no audit entry is written.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { danishDay, readAnswers, surveyStatus, type AnswerProblem, type AnswerValue, type Survey } from '../../domain/after-summit/survey.ts';
import type { Deps, SurveyRecipient } from '../../ports.ts';
import { loadSurvey } from './get-survey.ts';

export interface SurveyPageView {
  summitTitle: string;
  survey: Survey;
  /** open: may answer; answered: this link already did; closed: the close date passed. */
  state: 'open' | 'answered' | 'closed';
}

async function recipientOf(deps: Deps, token: string): Promise<SurveyRecipient> {
  const recipient = await deps.db.stores.surveys.findRecipientByToken(deps.tokens.hash(token));
  if (!recipient) throw new DomainError('not_found');
  return recipient;
}

export async function openSurveyPage(deps: Deps, token: string): Promise<SurveyPageView> {
  const recipient = await recipientOf(deps, token);
  const { summit, survey } = await loadSurvey(deps.db.stores, recipient.summitId as SummitId);
  const closed = surveyStatus(survey, danishDay(deps.clock.now())) === 'closed';
  return { summitTitle: summit.title, survey, state: recipient.spent ? 'answered' : closed ? 'closed' : 'open' };
}

/** The answers' problems per question id, thrown as `validation_failed` with `details.answers`. */
export class AnswerProblems extends DomainError {
  constructor(readonly problems: Record<string, AnswerProblem>) {
    super('validation_failed', { answers: problems });
  }
}

export async function answerSurvey(deps: Deps, token: string, answers: { questionId: string; value: unknown }[]): Promise<void> {
  const recipient = await recipientOf(deps, token);
  const summitId = recipient.summitId as SummitId;
  await deps.db.transaction(async (stores) => {
    // One answer at a time per summit: the spent marker's rewrite of every recipient row needs it.
    await stores.summits.lock(summitId);
    const { survey } = await loadSurvey(stores, summitId);
    const today = danishDay(deps.clock.now());
    const fresh = await stores.surveys.findRecipientByToken(deps.tokens.hash(token));
    if (fresh?.spent) throw new DomainError('already_answered');
    if (surveyStatus(survey, today) === 'closed') throw new DomainError('survey_closed', { closesOn: survey.closesOn });
    const { values, problems } = readAnswers(survey.questions, answers);
    if (Object.keys(problems).length) throw new AnswerProblems(problems);
    if (!(await stores.surveys.spend(summitId, recipient.id))) throw new DomainError('already_answered');
    await stores.surveys.addResponse(summitId, {
      groupId: recipient.reportGroupId, respondentId: survey.anonymous ? null : recipient.invitationId, submittedOn: today,
      answers: values as Record<string, AnswerValue>,
    });
  });
}
