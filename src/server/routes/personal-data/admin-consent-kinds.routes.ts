// The coordinator's page of a summit's consents: add a kind (words in Danish and English), change
// its words (a new version) on its own page, and stop asking for it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SummitId } from '../../../domain/ids.ts';
import type { Deps } from '../../../ports.ts';
import { addConsentKind, getConsentKinds, retireConsentKind, reviseSummitConsentKind } from '../../../use-cases/personal-data/manage-consent-kinds.ts';
import { renderPage, type PageContext } from '../../../web/layout.tsx';
import type { FormState } from '../../../web/pages/admin-shell.tsx';
import { AdminConsentKindPage, AdminConsentKindsPage, consentKindsPath } from '../../../web/pages/personal-data/admin-consent-kinds.tsx';
import type { AppContext } from '../../app.ts';
import { idField, readParams } from '../../route-params.ts';
import { coordinatorPage, sendPage, submitForm } from '../admin-form-handling.ts';

const summitParams = z.object({ summitId: idField.summit });
const kindParams = summitParams.extend({ kindId: z.string().min(1).max(100) });
const kindForm = z.object({
  labelDa: z.string().trim().min(1).max(500),
  hintDa: z.string().trim().max(1000).default(''),
  labelEn: z.string().trim().min(1).max(500),
  hintEn: z.string().trim().max(1000).default(''),
});
const doneOf = (query: unknown) => {
  const done = (query as Record<string, string | undefined>).done;
  return done && /^[a-z]{1,20}$/.test(done) ? done : undefined;
};

async function listHtml(deps: Deps, ctx: PageContext, summitId: SummitId, done?: string, state?: FormState) {
  return renderPage(AdminConsentKindsPage({ ctx, view: await getConsentKinds(deps, summitId), done, ...(state ? { state } : {}) }));
}

async function kindHtml(deps: Deps, ctx: PageContext, summitId: SummitId, kindId: string, state?: FormState) {
  const view = await getConsentKinds(deps, summitId);
  const kind = view.kinds.find((k) => k.kind?.id === kindId)?.kind;
  if (!kind || kind.retiredAt) return undefined;
  return renderPage(AdminConsentKindPage({ ctx, summit: view.summit, kind, ...(state ? { state } : {}) }));
}

export async function registerAdminConsentKindRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  const labels = (t: PageContext['t']) => t.consent.admin.fields;

  app.get('/admin/summits/:summitId/consents', async (request, reply) => {
    const { summitId } = readParams(summitParams, request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await listHtml(deps, page.ctx, summitId, doneOf(request.query)));
  });

  app.post('/admin/summits/:summitId/consents', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = readParams(summitParams, request).summitId;
    return submitForm({
      deps, request, reply, form: 'add', page: consentKindsPath(summitId), schema: kindForm, labels,
      save: async (data, coordinator) => {
        await addConsentKind(deps, coordinator, summitId, data);
        return `${consentKindsPath(summitId)}?done=added`;
      },
      render: (ctx, state) => listHtml(deps, ctx, summitId, undefined, state),
    });
  });

  app.get('/admin/summits/:summitId/consents/:kindId', async (request, reply) => {
    const { summitId, kindId } = readParams(kindParams, request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const html = await kindHtml(deps, page.ctx, summitId, kindId);
    if (!html) return reply.redirect(consentKindsPath(summitId), 303);
    return sendPage(reply, html);
  });

  app.post('/admin/summits/:summitId/consents/:kindId', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, kindId } = readParams(kindParams, request);
    return submitForm({
      deps, request, reply, form: 'revise', page: `${consentKindsPath(summitId)}/${kindId}`, schema: kindForm, labels,
      save: async (data, coordinator) => {
        const { changed } = await reviseSummitConsentKind(deps, coordinator, summitId, kindId, data);
        return `${consentKindsPath(summitId)}?done=${changed ? 'revised' : 'unchanged'}`;
      },
      render: async (ctx, state) => (await kindHtml(deps, ctx, summitId, kindId, state)) ?? listHtml(deps, ctx, summitId),
    });
  });

  app.post('/admin/summits/:summitId/consents/:kindId/retire', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, kindId } = readParams(kindParams, request);
    return submitForm({
      deps, request, reply, form: 'retire', page: consentKindsPath(summitId), schema: z.object({}), labels,
      save: async (_data, coordinator) => {
        await retireConsentKind(deps, coordinator, summitId, kindId);
        return `${consentKindsPath(summitId)}?done=retired`;
      },
      render: (ctx, state) => listHtml(deps, ctx, summitId, undefined, state),
    });
  });
}
