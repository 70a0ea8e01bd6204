// The coordinator's day page (/admin/summits/:id/day) and its forms: check-in links for helpers,
// rounds started, "Planlæg efter fremmøde" and a message to the missing. The two big actions ask
// first (a page that says how many people they touch) and then say what happened.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';
import { z } from 'zod';
import { isDomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { PlanRunner } from '../../ports.ts';
import { createCheckInLink } from '../../use-cases/check-in/create-check-in-link.ts';
import { getSummitDay } from '../../use-cases/check-in/get-summit-day.ts';
import { messageMissing } from '../../use-cases/check-in/message-missing.ts';
import { planByAttendance } from '../../use-cases/check-in/plan-by-attendance.ts';
import { revokeCheckInLink } from '../../use-cases/check-in/revoke-check-in-link.ts';
import { startRound } from '../../use-cases/check-in/start-round.ts';
import { renderPage } from '../../web/layout.tsx';
import type { PageContext } from '../../web/layout.tsx';
import { AdminSummitDayPage, MessageMissingConfirmPage, PlanByAttendanceConfirmPage, type DayNotice } from '../../web/pages/summit-day/admin-summit-day.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, formValues, sendPage } from './admin-form-handling.ts';
import { readParams } from '../route-params.ts';
import { idParam } from './api-schemas.ts';

const params = idParam('summitId');
const linkParams = params.extend({ linkId: z.string().min(1).max(100) });
const linkForm = z.object({ label: z.string().trim().max(100).optional() });
const roundsForm = z.object({ roundsStarted: z.coerce.number().int().min(0).max(20) });
const confirmed = z.object({ confirmed: z.literal('yes').optional() });
const messageForm = z.object({ subject: z.string().trim().max(200).default(''), body: z.string().trim().min(1).max(5000) });

/** The notice after a redirect, read back from the query (numbers only; nothing echoed). */
const noticeQuery = z.union([
  z.object({ done: z.literal('planned'), absent: z.coerce.number().int().min(0), from: z.coerce.number().int().min(1) }).transform((q): DayNotice => ({ kind: 'planned', absent: q.absent, fromRound: q.from })),
  z.object({ done: z.literal('messaged'), sent: z.coerce.number().int().min(0) }).transform((q): DayNotice => ({ kind: 'messaged', sent: q.sent })),
  z.object({ done: z.literal('rounds'), started: z.coerce.number().int().min(0) }).transform((q): DayNotice => ({ kind: 'rounds', started: q.started })),
  z.object({ done: z.literal('revoked') }).transform((): DayNotice => ({ kind: 'link-revoked' })),
]);
const errorQuery = z.object({ error: z.string().regex(/^[a-z_]{1,60}$/) });

export async function registerAdminSummitDayRoutes(app: FastifyInstance, context: AppContext, runner: PlanRunner): Promise<void> {
  const { deps } = context;
  const base = (summitId: string) => `/admin/summits/${summitId}/day`;
  const summitOf = (request: FastifyRequest) => readParams(params, request).summitId;

  async function show(reply: FastifyReply, ctx: PageContext, summitId: SummitId, extra: { notice?: DayNotice; error?: string; state?: FormState } = {}, status = 200) {
    const day = await getSummitDay(deps, summitId);
    return sendPage(reply, renderPage(AdminSummitDayPage({ ctx, day, outdated: day.outdated, ...extra })), status);
  }

  /** Runs an action and redirects to the page's notice; a broken rule comes back as its message. */
  async function act(request: FastifyRequest, reply: FastifyReply, work: (access: CoordinatorAccess) => Promise<string>) {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, base(summitId));
    if (!page) return reply;
    try {
      return reply.redirect(`${base(summitId)}?${await work(page.coordinator)}`, 303);
    } catch (error) {
      if (error instanceof z.ZodError) return reply.redirect(`${base(summitId)}?error=validation_failed`, 303);
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      return reply.redirect(`${base(summitId)}?error=${error.code}`, 303);
    }
  }

  app.get('/admin/summits/:summitId/day', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, base(summitId));
    if (!page) return reply;
    const notice = noticeQuery.safeParse(request.query);
    const error = errorQuery.safeParse(request.query);
    return show(reply, page.ctx, summitId, { notice: notice.success ? notice.data : undefined, error: error.success ? error.data.error : undefined });
  });

  app.post('/admin/summits/:summitId/day/links', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, base(summitId));
    if (!page) return reply;
    const { label } = linkForm.parse(formValues(request.body));
    // The token is shown once, on this answer, and never again: no redirect that would lose it.
    const created = await createCheckInLink(deps, page.coordinator, summitId, { label });
    return show(reply.header('referrer-policy', 'no-referrer'), page.ctx, summitId, { notice: { kind: 'link-created', url: created.url } }, 201);
  });

  app.post('/admin/summits/:summitId/day/links/:linkId/revoke', { preHandler: app.csrfProtection }, async (request, reply) =>
    act(request, reply, async (access) => {
      const { summitId, linkId } = readParams(linkParams, request);
      await revokeCheckInLink(deps, access, summitId, linkId);
      return 'done=revoked';
    }));

  app.post('/admin/summits/:summitId/day/rounds-started', { preHandler: app.csrfProtection }, async (request, reply) =>
    act(request, reply, async (access) => {
      const started = await startRound(deps, access, summitOf(request), roundsForm.parse(formValues(request.body)).roundsStarted);
      return `done=rounds&started=${started}`;
    }));

  app.post('/admin/summits/:summitId/day/plan-by-attendance', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    if (!confirmed.parse(formValues(request.body)).confirmed) {
      const page = await coordinatorPage(deps, request, reply, base(summitId));
      if (!page) return reply;
      const day = await getSummitDay(deps, summitId);
      return sendPage(reply, renderPage(PlanByAttendanceConfirmPage({ ctx: page.ctx, day })));
    }
    return act(request, reply, async (access) => {
      const result = await planByAttendance(deps, runner, access, summitId);
      return `done=planned&absent=${result.absent}&from=${result.fromRound}`;
    });
  });

  app.post('/admin/summits/:summitId/day/message', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, base(summitId));
    if (!page) return reply;
    const values = formValues(request.body);
    const parsed = messageForm.safeParse(values);
    if (!parsed.success) {
      const state: FormState = { form: 'message', values, errors: { body: page.ctx.t.errors.required }, general: [] };
      return show(reply, page.ctx, summitId, { state }, 422);
    }
    if (!confirmed.parse(values).confirmed) {
      const day = await getSummitDay(deps, summitId);
      return sendPage(reply, renderPage(MessageMissingConfirmPage({ ctx: page.ctx, day, ...parsed.data })));
    }
    const { sent } = await messageMissing(deps, page.coordinator, summitId, parsed.data);
    return reply.redirect(`${base(summitId)}?done=messaged&sent=${sent}`, 303);
  });
}
