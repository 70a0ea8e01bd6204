// The coordinator's message page: preview and adjust the wording of each kind of message.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idField } from '../route-params.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { adjustableKinds, type AdjustableKind } from '../../domain/message-template.ts';
import { listMessageTexts, saveMessageText } from '../../use-cases/lifecycle/manage-message-texts.ts';
import { getSummit } from '../../use-cases/summit/list-summits.ts';
import type { PageContext } from '../../web/layout.tsx';
import { renderPage } from '../../web/layout.tsx';
import { AdminMessagesPage } from '../../web/pages/admin-messages.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';

export async function registerAdminMessagesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const params = z.object({ summitId: idField.summit, kind: z.enum(adjustableKinds).optional() });
  const pathOf = (id: string) => `/admin/summits/${id}/messages`;

  async function render(ctx: PageContext, id: SummitId, saved: boolean, state?: FormState) {
    const summit = await getSummit(deps, id);
    return renderPage(AdminMessagesPage({ ctx, summit, texts: await listMessageTexts(deps, id), saved, state }));
  }
  const parse = (request: FastifyRequest) => {
    const parsed = params.safeParse(request.params);
    if (!parsed.success) throw new DomainError('not_found');
    return { id: parsed.data.summitId, kind: parsed.data.kind as AdjustableKind };
  };

  app.get('/admin/summits/:summitId/messages', async (request, reply) => {
    const { id } = parse(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    return sendPage(reply, await render(page.ctx, id, savedFlag(request)));
  });

  app.post('/admin/summits/:summitId/messages/:kind', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { id, kind } = parse(request);
    const schema = z.object({
      [`${kind}-subject`]: z.string().trim().min(1).max(300),
      [`${kind}-body`]: z.string().trim().min(1).max(20_000),
    });
    return submitForm({
      deps, request, reply, form: `text-${kind}`, page: pathOf(id), schema,
      labels: (t) => ({ [`${kind}-subject`]: t.lifecycle.messages.subject, [`${kind}-body`]: t.lifecycle.messages.body }),
      save: async (data, coordinator) => {
        const values = data as Record<string, string>;
        await saveMessageText(deps, coordinator, id, kind, { subject: values[`${kind}-subject`], body: values[`${kind}-body`] });
        return `${pathOf(id)}#text-${kind}-heading`;
      },
      render: (ctx, state) => render(ctx, id, false, state),
    });
  });

  app.post('/admin/summits/:summitId/messages/:kind/reset', { preHandler: app.csrfProtection }, async (request, reply) => {
    const { id, kind } = parse(request);
    return submitForm({
      deps, request, reply, form: `text-${kind}`, page: pathOf(id), schema: z.object({}), labels: () => ({}),
      save: async (_data, coordinator) => { await saveMessageText(deps, coordinator, id, kind, null); },
      render: (ctx, state) => render(ctx, id, false, state),
    });
  });
}
