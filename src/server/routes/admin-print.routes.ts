// The coordinator's "Udskrifter" page and the PDFs behind it, by session cookie (the JSON API has
// the same PDFs by bearer token).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badgeLayouts } from '../../domain/badge.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { seatingLimits } from '../../domain/seating-plan.ts';
import { roundQuestionMaxLength } from '../../domain/table-card.ts';
import { getPrintOverview } from '../../use-cases/print/get-print-overview.ts';
import { outdatedBadges } from '../../use-cases/print/outdated-badges.ts';
import { printBadges } from '../../use-cases/print/print-badges.ts';
import { printTableCards } from '../../use-cases/print/print-table-cards.ts';
import { saveRoundQuestions } from '../../use-cases/print/save-round-questions.ts';
import type { PageContext } from '../../web/layout.tsx';
import { renderPage } from '../../web/layout.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import { AdminPrintPage } from '../../web/pages/print/admin-print.tsx';
import type { AppContext } from '../app.ts';
import { sendPdf } from './api-print.routes.ts';
import { coordinatorPage, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { idParam } from './api-schemas.ts';

const params = idParam('summitId');
const query = z.object({ layout: z.enum(badgeLayouts).default('a4-2x4'), outdated: z.string().optional(), invitationId: z.string().max(100).optional() });

export async function registerAdminPrintRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const pathOf = (id: string) => `/admin/summits/${id}/print`;
  const idOf = (request: FastifyRequest) => {
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw new DomainError('not_found');
    return parsed.data.summitId;
  };
  const queryOf = (request: FastifyRequest) => {
    const parsed = query.safeParse(request.query);
    if (!parsed.success) throw new DomainError('validation_failed');
    return parsed.data;
  };
  const render = async (ctx: PageContext, id: SummitId, saved: boolean, state?: FormState) =>
    renderPage(AdminPrintPage({ ctx, view: await getPrintOverview(deps, id), saved, state }));

  app.get('/admin/summits/:summitId/print', async (request, reply) => {
    const id = idOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    return sendPage(reply, await render(page.ctx, id, savedFlag(request)));
  });

  app.get('/admin/summits/:summitId/print/badges.pdf', async (request, reply) => {
    const id = idOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    const { layout, outdated } = queryOf(request);
    const invitationIds = outdated === 'true' ? (await outdatedBadges(deps, id)).map((b) => b.invitationId) : undefined;
    return sendPdf(reply, (await printBadges(deps, page.coordinator, id, { layout, invitationIds })).pdf, 'navneskilte.pdf');
  });

  app.get('/admin/summits/:summitId/print/badge.pdf', async (request, reply) => {
    const id = idOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    const { layout, invitationId } = queryOf(request);
    if (!invitationId) throw new DomainError('not_found');
    return sendPdf(reply, (await printBadges(deps, page.coordinator, id, { layout, invitationIds: [invitationId] })).pdf, 'navneskilt.pdf');
  });

  app.get('/admin/summits/:summitId/print/table-cards.pdf', async (request, reply) => {
    const id = idOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    return sendPdf(reply, await printTableCards(deps, id), 'bordkort.pdf');
  });

  app.post('/admin/summits/:summitId/print/questions', { preHandler: app.csrfProtection }, async (request, reply) => {
    const id = idOf(request);
    const fields = Object.fromEntries(Array.from({ length: seatingLimits.maxRounds }, (_, r) => [`question${r + 1}`, z.string().max(roundQuestionMaxLength).optional()]));
    return submitForm({
      deps, request, reply, form: 'questions', page: pathOf(id), schema: z.object(fields),
      labels: (t) => Object.fromEntries(Array.from({ length: seatingLimits.maxRounds }, (_, r) => [`question${r + 1}`, t.print.admin.question(r + 1)])),
      save: async (data, coordinator) => {
        const values = data as Record<string, string | undefined>;
        const questions = Array.from({ length: seatingLimits.maxRounds }, (_, r) => values[`question${r + 1}`] ?? '');
        await saveRoundQuestions(deps, coordinator, id, questions);
        return `${pathOf(id)}#questions-heading`;
      },
      render: (ctx, state) => render(ctx, id, false, state),
    });
  });
}
