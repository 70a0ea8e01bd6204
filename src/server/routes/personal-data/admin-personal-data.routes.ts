// The personal-data actions on a person's page: the access export as PDF or JSON, and erasure on
// request (GET shows what will happen and asks for the reason, POST does it).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idField } from '../../route-params.ts';
import { getParticipant } from '../../../use-cases/participants/get-participant.ts';
import { erasePerson } from '../../../use-cases/personal-data/erase-person.ts';
import { exportPerson } from '../../../use-cases/personal-data/export-person.ts';
import { renderPage } from '../../../web/layout.tsx';
import { ErasePersonConfirmPage } from '../../../web/pages/participants/participant-personal-data.tsx';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, sendPage, submitForm } from '../admin-form-handling.ts';
import { personalDataPdf } from './api-personal-data.routes.ts';

const personParams = z.object({ summitId: idField.summit, invitationId: idField.invitation });
const exportParams = personParams.extend({ format: z.enum(['pdf', 'json']) });
const eraseForm = z.object({ reason: z.string().trim().min(1).max(1000) });

export async function registerAdminPersonalDataRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const person = (request: FastifyRequest) => {
    const { summitId, invitationId } = personParams.parse(request.params);
    return { summitId, invitationId, path: `/admin/summits/${summitId}/participants/${invitationId}` };
  };

  app.get('/admin/summits/:summitId/participants/:invitationId/personal-data.:format', async (request, reply) => {
    const { summitId, invitationId, format } = exportParams.parse(request.params);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    // Another summit's person is not found from this summit's pages.
    await getParticipant(deps, summitId, invitationId);
    const data = await exportPerson(deps, invitationId);
    reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="personoplysninger-${invitationId.slice(0, 8)}.${format}"`);
    if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
    return reply.type('application/pdf').send(await personalDataPdf(data, page.ctx.lang));
  });

  app.get('/admin/summits/:summitId/participants/:invitationId/erase', async (request, reply) => {
    const { summitId, invitationId } = person(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const detail = await getParticipant(deps, summitId, invitationId);
    return sendPage(reply, renderPage(ErasePersonConfirmPage({ ctx: page.ctx, summit: detail.summit, invitation: detail.invitation })));
  });

  app.post('/admin/summits/:summitId/participants/:invitationId/erase', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, invitationId, path } = person(request);
    return submitForm({
      deps, request, reply, form: 'erase', page: `${path}/erase`, schema: eraseForm,
      labels: (t) => ({ reason: t.personalData.person.reason }),
      save: async (data, coordinator) => {
        await getParticipant(deps, summitId, invitationId);
        await erasePerson(deps, coordinator, invitationId, data.reason);
        return `${path}?done=erased`;
      },
      render: async (ctx, state) => {
        const detail = await getParticipant(deps, summitId, invitationId);
        return renderPage(ErasePersonConfirmPage({ ctx, summit: detail.summit, invitation: detail.invitation, state }));
      },
    });
  });
}
