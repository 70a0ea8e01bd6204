// The respondent's survey page behind /s/{token}: no login, the token is the credential. Mail
// scanners open links, so the GET only shows; answering is a POST form (with CSRF). A refused
// answer shows the page again with the Danish message beside each question and what was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.ts';
import { answerSurvey, AnswerProblems, openSurveyPage } from '../../../use-cases/survey/answer-survey.ts';
import { renderPage, type PageContext } from '../../../web/layout.tsx';
import { MessagePage } from '../../../web/pages/message-page.tsx';
import { SurveyFormPage, type TypedAnswers } from '../../../web/pages/after-summit/survey-page.tsx';
import type { AppContext } from '../../app.ts';
import { pageContext } from '../../page-context.ts';
import { sendPage } from '../admin-form-handling.ts';
import { tokenRateLimit } from '../api-registration.routes.ts';
import { readParams } from '../../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });

/** The form's fields `q-<id>` as lists (a multiple choice repeats its field). */
function typedAnswers(body: unknown): TypedAnswers {
  const typed: TypedAnswers = {};
  if (!body || typeof body !== 'object') return typed;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (!key.startsWith('q-')) continue;
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    typed[key.slice(2)] = list;
  }
  return typed;
}

export async function registerSurveyPageRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const config = tokenRateLimit;

  async function contextFor(request: FastifyRequest, reply: FastifyReply): Promise<{ ctx: PageContext; token: string }> {
    const { token } = readParams(tokenParams, request);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = `/s/${token}`;
    reply.header('referrer-policy', 'no-referrer');
    return { ctx, token };
  }

  const gone = (reply: FastifyReply, ctx: PageContext) =>
    sendPage(reply, renderPage(MessagePage({ ctx, title: ctx.t.afterSummit.respondent.title, paragraphs: [ctx.t.afterSummit.respondent.gone] })), 404);

  app.get('/s/:token', { config }, async (request, reply) => {
    const { ctx, token } = await contextFor(request, reply);
    const t = ctx.t.afterSummit.respondent;
    try {
      const view = await openSurveyPage(deps, token);
      const thanks = (request.query as Record<string, unknown>).done === '1';
      const message = view.state === 'answered' ? (thanks ? t.thanks : t.already) : view.state === 'closed' ? t.closed : undefined;
      return sendPage(reply, renderPage(SurveyFormPage({ ctx, view, action: `/s/${token}`, message })));
    } catch (error) {
      if (isDomainError(error) && error.code === 'not_found') return gone(reply, ctx);
      throw error;
    }
  });

  app.post('/s/:token', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const { ctx, token } = await contextFor(request, reply);
    const t = ctx.t.afterSummit.respondent;
    const typed = typedAnswers(request.body);
    let view;
    try {
      view = await openSurveyPage(deps, token);
    } catch (error) {
      if (isDomainError(error) && error.code === 'not_found') return gone(reply, ctx);
      throw error;
    }
    const answers = view.survey.questions.map((q) => ({
      questionId: q.id, value: q.kind === 'multiple' ? (typed[q.id] ?? []) : (typed[q.id]?.[0] ?? ''),
    }));
    try {
      await answerSurvey(deps, token, answers);
      return reply.redirect(`/s/${token}?done=1`, 303);
    } catch (error) {
      if (error instanceof AnswerProblems) {
        return sendPage(reply, renderPage(SurveyFormPage({ ctx, view, action: `/s/${token}`, typed, problems: error.problems })), 422);
      }
      if (isDomainError(error) && error.code === 'already_answered') return sendPage(reply, renderPage(SurveyFormPage({ ctx, view, action: `/s/${token}`, message: t.already })), 409);
      if (isDomainError(error) && error.code === 'survey_closed') return sendPage(reply, renderPage(SurveyFormPage({ ctx, view, action: `/s/${token}`, message: t.closed })), 409);
      throw error;
    }
  });
}
