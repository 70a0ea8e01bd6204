// The coordinator's actions on one person: correct name or email, send the invitation again, move
// to another group or organisation, and withdraw (GET shows what will happen, POST does it). Each
// answers with a redirect to the person's page saying what happened, or the page again with the error.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idField } from '../../route-params.ts';
import type { SummitId } from '../../../domain/ids.ts';
import { getParticipant } from '../../../use-cases/participants/get-participant.ts';
import { correctParticipant } from '../../../use-cases/participants/correct-participant.ts';
import { moveParticipant } from '../../../use-cases/participants/move-participant.ts';
import { resendInvitation } from '../../../use-cases/participants/resend-invitation.ts';
import { previewWithdrawal, withdrawParticipant } from '../../../use-cases/participants/withdraw-participant.ts';
import { renderPage } from '../../../web/layout.tsx';
import { ParticipantDetailPage } from '../../../web/pages/participants/participant-detail.tsx';
import { WithdrawConfirmPage } from '../../../web/pages/participants/participant-actions.tsx';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, sendPage, submitForm } from '../admin-form-handling.ts';

const personParams = z.object({ summitId: idField.summit, invitationId: idField.invitation });

const correctForm = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
});
const moveForm = z.object({
  target: z.string().regex(/^[^:]{1,100}(:[^:]{1,100})?$/).transform((value): { groupId: string; organisationId: string | null } => {
    const [groupId, organisationId] = value.split(':');
    return { groupId, organisationId: organisationId ?? null };
  }).pipe(z.object({ groupId: idField.group, organisationId: idField.organisation.nullable() })),
});
const emptyForm = z.object({});

export async function registerAdminParticipantActionRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const person = (request: FastifyRequest) => {
    const { summitId, invitationId } = personParams.parse(request.params);
    return { summitId, invitationId, path: `/admin/summits/${summitId}/participants/${invitationId}` };
  };
  const detailPage = (summitId: SummitId, invitationId: string) => async (ctx: Parameters<typeof ParticipantDetailPage>[0]['ctx'], state: Parameters<typeof ParticipantDetailPage>[0]['state']) =>
    renderPage(ParticipantDetailPage({ ctx, detail: await getParticipant(deps, summitId, invitationId), state }));

  app.post('/admin/summits/:summitId/participants/:invitationId/correct', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, invitationId, path } = person(request);
    return submitForm({
      deps, request, reply, form: 'correct', page: path, schema: correctForm,
      labels: (t) => ({ name: t.participantActions.name, email: t.participantActions.email }),
      save: async (data, coordinator) => {
        const { emailChanged } = await correctParticipant(deps, coordinator, summitId, invitationId, data);
        return `${path}?done=${emailChanged ? 'emailChanged' : 'corrected'}`;
      },
      render: detailPage(summitId, invitationId),
    });
  });

  app.post('/admin/summits/:summitId/participants/:invitationId/resend', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, invitationId, path } = person(request);
    return submitForm({
      deps, request, reply, form: 'resend', page: path, schema: emptyForm, labels: () => ({}),
      save: async (_data, coordinator) => {
        await resendInvitation(deps, coordinator, summitId, invitationId);
        return `${path}?done=resent`;
      },
      render: detailPage(summitId, invitationId),
    });
  });

  app.post('/admin/summits/:summitId/participants/:invitationId/move', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, invitationId, path } = person(request);
    return submitForm({
      deps, request, reply, form: 'move', page: path, schema: moveForm,
      labels: (t) => ({ target: t.participantActions.moveTo }),
      save: async (data, coordinator) => {
        await moveParticipant(deps, coordinator, summitId, invitationId, data.target);
        return `${path}?done=moved`;
      },
      render: detailPage(summitId, invitationId),
    });
  });

  app.get('/admin/summits/:summitId/participants/:invitationId/withdraw', async (request, reply) => {
    const { summitId, invitationId } = person(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const [detail, preview] = await Promise.all([getParticipant(deps, summitId, invitationId), previewWithdrawal(deps, summitId, invitationId)]);
    return sendPage(reply, renderPage(WithdrawConfirmPage({ ctx: page.ctx, summit: detail.summit, preview })));
  });

  app.post('/admin/summits/:summitId/participants/:invitationId/withdraw', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { summitId, invitationId, path } = person(request);
    return submitForm({
      deps, request, reply, form: 'withdraw', page: path, schema: emptyForm, labels: () => ({}),
      save: async (_data, coordinator) => {
        const result = await withdrawParticipant(deps, coordinator, summitId, invitationId);
        return `${path}?done=withdrawn&participants=${result.told.participants}&organisations=${result.told.organisations}`;
      },
      render: detailPage(summitId, invitationId),
    });
  });
}
