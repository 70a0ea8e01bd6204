// The privacy notice of each summit (public, and behind the participant's and the recruiter's
// personal links, which work before a summit is public), and the coordinator's page for the
// municipality's details as data controller, from which every notice is written.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors.ts';
import { dataControllerFields, type DataControllerInput, type DataControllerProblem } from '../../../domain/personal-data/data-controller.ts';
import type { Summit } from '../../../domain/summit.ts';
import { getPrivacyNotice } from '../../../use-cases/personal-data/get-privacy-notice.ts';
import { getDataController, saveDataController } from '../../../use-cases/personal-data/save-data-controller.ts';
import { participantPath, recruiterPath } from '../../../use-cases/personal-links.ts';
import { participantAccess } from '../../../use-cases/registration/accept-invitation.ts';
import { recruiterAccess } from '../../../use-cases/registration/nominate-participant.ts';
import { findPublicSummit } from '../../../use-cases/summit/find-public-summit.ts';
import type { FieldErrors } from '../../../web/form-fields.tsx';
import { renderPage } from '../../../web/layout.tsx';
import { MessagePage } from '../../../web/pages/message-page.tsx';
import { AdminDataControllerPage } from '../../../web/pages/personal-data/admin-data-controller.tsx';
import { PrivacyNoticePage } from '../../../web/pages/personal-data/privacy-notice-page.tsx';
import type { AppContext } from '../../app.ts';
import { pageContext } from '../../page-context.ts';
import { readParams } from '../../route-params.ts';
import { coordinatorPage, formValues, savedFlag, sendPage } from '../admin-form-handling.ts';
import { tokenRateLimit } from '../api-registration.routes.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });
const slugParams = z.object({ slug: z.string().min(1).max(100) });

export async function registerPrivacyNoticeRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  async function showNotice(request: FastifyRequest, reply: FastifyReply, summit: Summit, path: string, personal: boolean) {
    const ctx = await pageContext(deps, request, reply);
    ctx.path = path;
    const notice = await getPrivacyNotice(deps, summit);
    return sendPage(reply, renderPage(PrivacyNoticePage({ ctx, notice, personal })));
  }

  app.get('/topmoede/:slug/privatliv', async (request, reply) => {
    const { slug } = readParams(slugParams, request);
    const summit = await findPublicSummit(deps, slug);
    if (!summit) {
      const ctx = await pageContext(deps, request, reply);
      return reply.status(404).type('text/html').send(renderPage(MessagePage({ ctx, title: ctx.t.errors.notFound, paragraphs: [] })));
    }
    return showNotice(request, reply, summit, `/topmoede/${slug}/privatliv`, false);
  });

  app.get('/i/:token/privatliv', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const { summit } = await participantAccess(deps, token);
    return showNotice(request, reply, summit, `${participantPath(token)}/privatliv`, true);
  });

  app.get('/r/:token/privatliv', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const { summit } = await recruiterAccess(deps, token);
    return showNotice(request, reply, summit, `${recruiterPath(token)}/privatliv`, true);
  });

  app.get('/admin/privatliv', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, renderPage(AdminDataControllerPage({ ctx: page.ctx, controller: await getDataController(deps), saved: savedFlag(request) })));
  });

  app.post('/admin/privatliv', { preHandler: app.csrfProtection }, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply, '/admin/privatliv');
    if (!page) return reply;
    const { ctx, coordinator } = page;
    const values = formValues(request.body);
    const input = Object.fromEntries(dataControllerFields.map((f) => [f, values[f] ?? ''])) as unknown as DataControllerInput;
    try {
      await saveDataController(deps, coordinator, input);
      return reply.redirect('/admin/privatliv?saved=1', 303);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'validation_failed') throw error;
      const p = ctx.t.privacyNotice;
      const errors: FieldErrors = {};
      for (const field of dataControllerFields) {
        const problem = error.details[field] as DataControllerProblem | undefined;
        if (problem) errors[field] = `${p.fields[field]}: ${p.problems[problem]}`;
      }
      const state = { form: 'controller', values, errors, general: [] };
      return sendPage(reply, renderPage(AdminDataControllerPage({ ctx, controller: await getDataController(deps), saved: false, state })), 422);
    }
  });
}
