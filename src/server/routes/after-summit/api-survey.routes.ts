// The survey's JSON API. The coordinator's routes take an API token; a respondent's answer takes
// only the token of their survey link (the last path segment of the mailed link).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { questionKinds, surveyLimits, type QuestionResult } from '../../../domain/after-summit/survey.ts';
import { answerSurvey } from '../../../use-cases/survey/answer-survey.ts';
import { getSurvey, type SurveyOverview } from '../../../use-cases/survey/get-survey.ts';
import { getSurveyResults } from '../../../use-cases/survey/get-survey-results.ts';
import { saveSurvey } from '../../../use-cases/survey/save-survey.ts';
import { sendSurvey } from '../../../use-cases/survey/send-survey.ts';
import { idParam } from '../api-schemas.ts';
import { answers, okShape, sentShape, surveyResultsShape, surveyShape } from '../../api-responses.ts';
import type { AppContext } from '../../app.ts';
import { tolerateEmptyJson } from '../../empty-json-body.ts';
import { tokenRateLimit } from '../api-registration.routes.ts';
import { registerCoordinatorApi } from '../api-summits.routes.ts';
import { apiAccess } from '../../access.ts';

const security = [{ bearer: [] }];
const tags = ['survey'];
const summitParam = idParam('summitId');

const question = z.object({
  id: z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/).optional().describe('Keep it to keep the question; leave it out for a new one'),
  kind: z.enum(questionKinds),
  text: z.string().max(surveyLimits.questionText),
  options: z.array(z.string().max(surveyLimits.optionText)).max(surveyLimits.options).optional().describe('The choices of a single or multiple choice question'),
  required: z.boolean(),
});
export const surveyBody = z.object({
  status: z.string().optional().describe('Ignored: the status follows from sending and the close date'),
  anonymous: z.boolean(),
  questions: z.array(question).min(1).max(surveyLimits.questions),
  reminderDays: z.number().int().min(1).max(surveyLimits.reminderDays).optional(),
  closesOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional().describe('The last day answers are taken (Danish time); null: 14 days after sending'),
});
const answersBody = z.object({
  answers: z.array(z.object({
    questionId: z.string().min(1).max(40),
    value: z.union([z.number(), z.string().max(surveyLimits.answerText * 2), z.array(z.string().max(surveyLimits.optionText * 2)).max(surveyLimits.options)]).nullable(),
  })).max(surveyLimits.questions * 2),
});

export const surveyJson = ({ survey, status }: SurveyOverview): z.input<typeof surveyShape> => ({
  status, anonymous: survey.anonymous, questions: survey.questions, reminderDays: survey.reminderDays, closesOn: survey.closesOn,
});
const questionJson = ({ answered: _answered, ...rest }: QuestionResult) => rest;


export async function registerApiSurveyRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;

  await registerCoordinatorApi(app, context, (scope) => {
    tolerateEmptyJson(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.get('/summits/:summitId/survey', { schema: { tags, security, summary: "The summit's feedback survey (the Danish default until it is changed)", params: summitParam, response: answers({ 200: surveyShape }) } },
      async (request) => surveyJson(await getSurvey(deps, request.params.summitId)));
    api.put('/summits/:summitId/survey', {
      schema: { tags, security, summary: 'Change the survey while it is not sent (409 survey_already_sent after)', params: summitParam, body: surveyBody, response: answers({ 200: surveyShape }) },
    }, async (request) => surveyJson(await saveSurvey(deps, apiAccess(request), request.params.summitId, request.body)));
    api.post('/summits/:summitId/survey/send', {
      schema: { tags, security, summary: 'Send the survey links (202): to every checked-in participant, or every confirmed one when check-in was not used; the summit must be held', params: summitParam, response: answers({ 202: sentShape }) },
    }, async (request, reply) => reply.status(202).send(await sendSurvey(deps, apiAccess(request), request.params.summitId)));
    api.get('/summits/:summitId/survey/results', {
      schema: { tags, security, summary: 'Responses against invitations, counts per question, and by stakeholder group where a group has at least 5 responses (the rest as "andre")', params: summitParam, response: answers({ 200: surveyResultsShape }) },
    }, async (request) => {
      const results = await getSurveyResults(deps, request.params.summitId);
      return {
        invited: results.invited, responses: results.responses, questions: results.questions.map(questionJson),
        byGroup: results.byGroup.map((g) => ({ name: g.name, responses: g.responses, questions: g.questions.map(questionJson) })),
      };
    });
  });

  await app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.post('/survey/:token/responses', {
      config: tokenRateLimit,
      schema: { tags, summary: 'Answer the survey once (201); the same link again answers 409 already_answered and changes nothing', params: z.object({ token: z.string().min(16).max(200) }), body: answersBody, response: answers({ 201: okShape }) },
    }, async (request, reply) => {
      await answerSurvey(deps, request.params.token, request.body.answers);
      return reply.status(201).send({ ok: true });
    });
  }, { prefix: '/api/v1' });
}
