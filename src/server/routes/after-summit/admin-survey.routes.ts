// The coordinator's survey pages: the editor's forms (settings; add, edit, move and remove a
// question), sending (asked first with the number of people), the results and the CSV/XLSX files.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.ts';
import type { SummitId } from '../../../domain/ids.ts';
import { questionKinds, type SurveyQuestion } from '../../../domain/after-summit/survey.ts';
import { renderSurveyResponsesCsv, renderSurveyResponsesXlsx } from '../../../exports/survey-responses.ts';
import { getSurvey } from '../../../use-cases/survey/get-survey.ts';
import { getSurveyResults } from '../../../use-cases/survey/get-survey-results.ts';
import { listSurveyResponses } from '../../../use-cases/survey/list-survey-responses.ts';
import { saveSurvey } from '../../../use-cases/survey/save-survey.ts';
import { sendSurvey, surveyAudienceSize } from '../../../use-cases/survey/send-survey.ts';
import { renderPage, type PageContext } from '../../../web/layout.tsx';
import { AdminSurveyPage, SendSurveyConfirmPage, surveyUrl } from '../../../web/pages/after-summit/admin-survey.tsx';
import { SurveyResultsPage } from '../../../web/pages/after-summit/survey-results.tsx';
import type { FormState } from '../../../web/pages/admin-shell.tsx';
import { idParam } from '../api-schemas.ts';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, formValues, sendPage } from '../admin-form-handling.ts';
import { readParams } from '../../route-params.ts';

const params = idParam('summitId');
const questionParams = params.extend({ questionId: z.string().min(1).max(40) });
const moveParams = questionParams.extend({ direction: z.enum(['up', 'down', 'remove']) });

const fileName = (title: string) => title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evaluering';

export async function registerAdminSurveyRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const summitOf = (request: FastifyRequest) => readParams(params, request).summitId;

  async function show(reply: FastifyReply, ctx: PageContext, summitId: SummitId, extra: { notice?: string; state?: FormState } = {}, status = 200) {
    const [overview, audience] = await Promise.all([getSurvey(deps, summitId), surveyAudienceSize(deps, summitId)]);
    return sendPage(reply, renderPage(AdminSurveyPage({ ctx, overview, audience, ...extra })), status);
  }

  /** Saves a change of the questions; a broken rule comes back beside the form that caused it. */
  async function change(request: FastifyRequest, reply: FastifyReply, form: string, edit: (questions: SurveyQuestion[], values: Record<string, string>) => SurveyQuestion[] | { anonymous: boolean; reminderDays: number; closesOn: string | null }) {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, surveyUrl(summitId));
    if (!page) return reply;
    const values = formValues(request.body);
    const { survey } = await getSurvey(deps, summitId);
    const s = page.ctx.t.afterSummit.survey;
    try {
      const edited = edit(survey.questions, values);
      await saveSurvey(deps, page.coordinator, summitId, Array.isArray(edited) ? { questions: edited } : edited);
      return reply.redirect(`${surveyUrl(summitId)}?saved=1`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const problems = Object.values((error.details.questions ?? {}) as Record<string, string>);
      const prefix = form === 'settings' ? '' : form.replace('question-', '');
      const errors: Record<string, string> = {};
      if (prefix && problems.length) errors[`${prefix}-text`] = s.questionProblems[problems[0]!] ?? page.ctx.t.errors.invalid;
      if (!prefix && error.code === 'validation_failed') errors[error.details.reminderDays !== undefined ? 'reminderDays' : 'closesOn'] = page.ctx.t.errors.invalid;
      const general = error.code === 'validation_failed' && Object.keys(errors).length ? [] : [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed!];
      // Typed values under their plain names (the form shows them again); errors under the field ids.
      const typed = prefix ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(`${prefix}-`, ''), v])) : values;
      const state: FormState = { form, values: typed, errors, general };
      return show(reply, page.ctx, summitId, { state }, 422);
    }
  }

  const questionFrom = (prefix: string, values: Record<string, string>, id: string | undefined): Omit<SurveyQuestion, 'id'> & { id: string } => {
    const kind = questionKinds.find((k) => k === values[`${prefix}-kind`]) ?? 'text';
    const options = (values[`${prefix}-options`] ?? '').split(/\r?\n/).map((o) => o.trim()).filter(Boolean);
    return { id: id ?? '', kind, text: values[`${prefix}-text`] ?? '', required: values[`${prefix}-required`] === 'on', ...(kind === 'single' || kind === 'multiple' ? { options } : {}) };
  };

  app.get('/admin/summits/:summitId/survey', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, surveyUrl(summitId));
    if (!page) return reply;
    const sent = z.object({ sent: z.coerce.number().int().min(0) }).safeParse(request.query);
    const saved = (request.query as Record<string, unknown>).saved === '1';
    const notice = sent.success ? page.ctx.t.afterSummit.survey.sent(sent.data.sent) : saved ? page.ctx.t.admin.saved : undefined;
    return show(reply, page.ctx, summitId, { notice });
  });

  app.post('/admin/summits/:summitId/survey/settings', { preHandler: app.csrfProtection }, (request, reply) =>
    change(request, reply, 'settings', (_questions, values) => {
      const days = /^\d{1,3}$/.test(values.reminderDays?.trim() ?? '') ? Number(values.reminderDays) : Number.NaN;
      return { anonymous: values.anonymous === 'on', reminderDays: days, closesOn: values.closesOn?.trim() || null };
    }));

  app.post('/admin/summits/:summitId/survey/questions', { preHandler: app.csrfProtection }, (request, reply) =>
    change(request, reply, 'question-new', (questions, values) => {
      const { id: _id, ...question } = questionFrom('new', values, undefined);
      // A fresh id: the one after the highest "qN" so far.
      const next = 1 + Math.max(0, ...questions.map((q) => Number(/^q(\d+)$/.exec(q.id)?.[1] ?? 0)));
      return [...questions, { ...question, id: `q${next}` }];
    }));

  app.post('/admin/summits/:summitId/survey/questions/:questionId', { preHandler: app.csrfProtection }, (request, reply) => {
    const { questionId } = readParams(questionParams, request);
    return change(request, reply, `question-${questionId}`, (questions, values) =>
      questions.map((q) => (q.id === questionId ? questionFrom(questionId, values, q.id) : q)));
  });

  app.post('/admin/summits/:summitId/survey/questions/:questionId/:direction', { preHandler: app.csrfProtection }, (request, reply) => {
    const { questionId, direction } = readParams(moveParams, request);
    return change(request, reply, `question-${questionId}`, (questions) => {
      if (direction === 'remove') return questions.filter((q) => q.id !== questionId);
      const list = [...questions];
      const i = list.findIndex((q) => q.id === questionId);
      const j = direction === 'up' ? i - 1 : i + 1;
      if (i < 0 || j < 0 || j >= list.length) return list;
      [list[i], list[j]] = [list[j]!, list[i]!];
      return list;
    });
  });

  app.post('/admin/summits/:summitId/survey/send', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, surveyUrl(summitId));
    if (!page) return reply;
    if (formValues(request.body).confirmed !== 'yes') {
      const [overview, audience] = await Promise.all([getSurvey(deps, summitId), surveyAudienceSize(deps, summitId)]);
      return sendPage(reply, renderPage(SendSurveyConfirmPage({ ctx: page.ctx, overview, audience })));
    }
    try {
      const { sent } = await sendSurvey(deps, page.coordinator, summitId);
      return reply.redirect(`${surveyUrl(summitId)}?sent=${sent}`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const general = [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed!];
      return show(reply, page.ctx, summitId, { state: { form: 'send', values: {}, errors: {}, general } }, 409);
    }
  });

  app.get('/admin/summits/:summitId/survey/results', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, `${surveyUrl(summitId)}/results`);
    if (!page) return reply;
    return sendPage(reply, renderPage(SurveyResultsPage({ ctx: page.ctx, results: await getSurveyResults(deps, summitId) })));
  });

  app.get('/admin/summits/:summitId/survey/responses.:format', async (request, reply) => {
    const summitId = summitOf(request);
    const { format } = readParams(z.object({ format: z.enum(['csv', 'xlsx']) }), request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const r = page.ctx.t.afterSummit.results;
    const table = await listSurveyResponses(deps, summitId, r.columns);
    const name = `${fileName(table.summitTitle)}-evaluering.${format}`;
    reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(renderSurveyResponsesCsv(table));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await renderSurveyResponsesXlsx(table, table.summitTitle, r.sheet));
  });
}
