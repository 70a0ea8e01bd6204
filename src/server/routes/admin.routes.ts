// The coordinator's pages under /admin (session cookie): the summits, one summit's details and
// status, and the coordinator's API tokens. Groups, areas, organisations, apportionment and the
// programme live in admin-setup.routes.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SummitId } from '../../domain/ids.ts';
import { summitStatuses, type SummitStatus } from '../../domain/summit.ts';
import { getSummitStatus } from '../../use-cases/summit/get-summit-status.ts';
import { previewLifecycleChange } from '../../use-cases/lifecycle/preview-lifecycle-change.ts';
import { isDomainError } from '../../domain/errors.ts';
import { LifecycleConfirmPage } from '../../web/pages/admin-lifecycle.tsx';
import { getSummit, listSummits } from '../../use-cases/summit/list-summits.ts';
import { checkSummitStatusChange, moveSummitStatus } from '../../use-cases/summit/move-summit-status.ts';
import { isConfirmedStatus, StatusConfirmPage } from '../../web/pages/confirmations/admin-status-confirm.tsx';
import { createApiToken, listApiTokens, revokeApiToken } from '../../use-cases/manage-coordinators.ts';
import { createSummit, updateSummit } from '../../use-cases/summit/save-summit.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import { renderPage } from '../../web/layout.tsx';
import { AdminApiTokensPage } from '../../web/pages/admin-api-tokens.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import { AdminSummitPage, statusNeedsReason } from '../../web/pages/admin-summit.tsx';
import { AdminSummitsPage } from '../../web/pages/admin-summits.tsx';
import type { Deps } from '../../ports.ts';
import type { AppContext } from '../app.ts';
import { registerAdminSetupRoutes } from './admin-setup.routes.ts';
import { coordinatorPage, formInt, formLocalDateTime, formValues, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { summitCreateBody } from './api-schemas.ts';
import { readParams, summitIdOf } from '../route-params.ts';
import { missingPrivacyDetails } from '../../use-cases/personal-data/get-privacy-notice.ts';

const summitFields = summitCreateBody.shape;

const createSummitForm = z.object({ title: summitFields.title, capacity: formInt(summitFields.capacity) });

const summitDetailsForm = z.object({
  title: summitFields.title,
  capacity: formInt(summitFields.capacity),
  purpose: summitFields.purpose,
  description: summitFields.description,
  venue: summitFields.venue,
  responsibleEditor: summitFields.responsibleEditor,
  organiser: summitFields.organiser,
  startsAt: formLocalDateTime,
  endsAt: formLocalDateTime,
  answerDays: formInt(summitFields.answerDays.unwrap()),
  retentionDays: formInt(summitFields.retentionDays.unwrap()),
});

const tokenForm = z.object({ label: z.string().trim().min(1).max(100), readOnly: z.literal('1').optional() });

/** The summit page: its status and history, and whether the privacy notice still lacks details. */
const summitView = async (deps: Deps, id: SummitId) => ({ ...(await getSummitStatus(deps, id)), privacyMissing: await missingPrivacyDetails(deps) });

export async function registerAdminRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;

  app.get('/admin', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const summits = await listSummits(deps);
    return sendPage(reply, renderPage(AdminSummitsPage({ ctx: page.ctx, summits })));
  });

  app.post('/admin/summits', { preHandler: app.csrfProtection }, async (request, reply) => submitForm({
    deps, request, reply, form: 'summit', page: '/admin', schema: createSummitForm,
    labels: (t) => ({ title: t.admin.summit.title, capacity: t.admin.summit.capacity }),
    save: async (data, coordinator) => `/admin/summits/${(await createSummit(deps, coordinator, data)).id}`,
    render: async (ctx, state) => renderPage(AdminSummitsPage({ ctx, summits: await listSummits(deps), state })),
  }));

  app.get('/admin/summits/:summitId', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const view = await summitView(deps, summitIdOf(request));
    const done = (request.query as Record<string, string | undefined>).done;
    return sendPage(reply, renderPage(AdminSummitPage({ ctx: page.ctx, view, saved: savedFlag(request), done: isConfirmedStatus(done) ? done : undefined })));
  });

  app.post('/admin/summits/:summitId', { preHandler: app.csrfProtection }, async (request, reply) => {
    const id = summitIdOf(request);
    return submitForm({
      deps, request, reply, form: 'details', page: `/admin/summits/${id}`, schema: summitDetailsForm,
      labels: (t) => {
        const s = t.admin.summit;
        return {
          title: s.title, capacity: s.capacity, purpose: s.purpose, description: s.description, venue: s.venue, responsibleEditor: s.responsibleEditor,
          organiser: s.organiser, startsAt: s.startsAt, endsAt: s.endsAt, answerDays: s.answerDays, retentionDays: s.retentionDays,
        };
      },
      save: async (data, coordinator) => {
        // An announced summit's form has no date fields: what is not sent is not changed.
        const sent = formValues(request.body);
        const { startsAt, endsAt, ...rest } = data;
        await updateSummit(deps, coordinator, id, { ...rest, ...('startsAt' in sent ? { startsAt } : {}), ...('endsAt' in sent ? { endsAt } : {}) });
      },
      render: async (ctx, state) => renderPage(AdminSummitPage({ ctx, view: await summitView(deps, id), saved: false, state })),
    });
  });

  // One form per allowed change; postponing and cancelling carry a public reason.
  app.post('/admin/summits/:summitId/status', { preHandler: app.csrfProtection }, async (request, reply) => {
    const id = summitIdOf(request);
    const values = formValues(request.body);
    const to = (summitStatuses as readonly string[]).includes(values.to ?? '') ? values.to as SummitStatus : undefined;
    const reasonField = `reason-${to}`;
    const schema = z.object({
      to: z.enum(summitStatuses),
      [reasonField]: to && statusNeedsReason(to) ? z.string().trim().min(1).max(2000) : z.string().trim().max(2000).optional(),
    });
    // Postponing and cancelling mail everyone concerned: they take the lifecycle's confirmation step,
    // which says how many will be told and, once confirmed, whom it told.
    const reason = (values[reasonField] ?? '').trim();
    if ((to === 'postponed' || to === 'cancelled') && reason && reason.length <= 2000) {
      const page = await coordinatorPage(deps, request, reply, `/admin/summits/${id}`);
      if (!page) return reply;
      const change = to === 'postponed' ? 'postponed' : 'cancelled';
      try {
        const [summit, audience] = await Promise.all([getSummit(deps, id), previewLifecycleChange(deps, id, change)]);
        return sendPage(reply, renderPage(LifecycleConfirmPage({ ctx: page.ctx, summit, change, audience, values: { reason } })));
      } catch (error) {
        if (!isDomainError(error) || error.code === 'not_found') throw error;
        const general = [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed];
        return sendPage(reply, renderPage(AdminSummitPage({ ctx: page.ctx, view: await summitView(deps, id), saved: false, state: { form: `status-${to}`, values, errors: {}, general } })), 422);
      }
    }
    // Publishing, marking held, closing and archiving cannot be undone: they ask first too.
    if (isConfirmedStatus(to) && values.confirmed !== '1') {
      const page = await coordinatorPage(deps, request, reply, `/admin/summits/${id}`);
      if (!page) return reply;
      try {
        const summit = await checkSummitStatusChange(deps, id, to);
        return sendPage(reply, renderPage(StatusConfirmPage({ ctx: page.ctx, summit, to })));
      } catch (error) {
        if (!isDomainError(error) || error.code === 'not_found') throw error;
        const general = [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed];
        return sendPage(reply, renderPage(AdminSummitPage({ ctx: page.ctx, view: await summitView(deps, id), saved: false, state: { form: `status-${to}`, values, errors: {}, general } })), 422);
      }
    }
    return submitForm({
      deps, request, reply, form: `status-${to ?? 'unknown'}`, page: `/admin/summits/${id}`, schema,
      labels: (t) => ({ to: t.admin.status.heading, [reasonField]: to ? t.admin.status.reason(t.status[to]) : '' }),
      save: async (data, coordinator) => {
        await moveSummitStatus(deps, coordinator, id, data.to as SummitStatus, String((data as Record<string, unknown>)[reasonField] ?? ''));
        return isConfirmedStatus(data.to) ? `/admin/summits/${id}?done=${data.to}` : undefined;
      },
      render: async (ctx, state) => renderPage(AdminSummitPage({ ctx, view: await summitView(deps, id), saved: false, state })),
    });
  });

  app.get('/admin/api-tokens', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, renderPage(AdminApiTokensPage({ ctx: page.ctx, tokens: await listApiTokens(deps, page.coordinator.id), saved: savedFlag(request) })));
  });

  // The new token is shown in the answer to this POST and nowhere else: it is stored only as a hash.
  app.post('/admin/api-tokens', { preHandler: app.csrfProtection }, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply, '/admin/api-tokens');
    if (!page) return reply;
    const { ctx, coordinator } = page;
    const values = formValues(request.body);
    const parsed = tokenForm.safeParse(values);
    if (!parsed.success) {
      const state: FormState = { form: 'token', values, errors: fieldErrorsFrom(parsed.error.issues, ctx.t, { label: ctx.t.admin.tokens.label }), general: [] };
      return sendPage(reply, renderPage(AdminApiTokensPage({ ctx, tokens: await listApiTokens(deps, coordinator.id), saved: false, state })), 422);
    }
    const created = await createApiToken(deps, { id: coordinator.id }, parsed.data.label, { scope: parsed.data.readOnly ? 'read' : 'write' });
    return sendPage(reply, renderPage(AdminApiTokensPage({ ctx, tokens: await listApiTokens(deps, coordinator.id), newToken: created, saved: false })), 201);
  });

  app.post('/admin/api-tokens/:tokenId/revoke', { preHandler: app.csrfProtection }, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const { tokenId } = readParams(z.object({ tokenId: z.string().min(1).max(100) }), request);
    await revokeApiToken(deps, page.coordinator.id, tokenId);
    return reply.redirect('/admin/api-tokens?saved=1', 303);
  });

  await registerAdminSetupRoutes(app, context);
}
