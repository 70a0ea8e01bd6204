// The coordinator's lifecycle page: postpone, reschedule, extend the re-confirmation deadline, cancel.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SummitId } from '../../domain/ids.ts';
import { parseReminderDays } from '../../domain/lifecycle.ts';
import { cancelSummit } from '../../use-cases/lifecycle/cancel-summit.ts';
import { getReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { postponeSummit } from '../../use-cases/lifecycle/postpone-summit.ts';
import { extendReconfirmDeadline, rescheduleSummit } from '../../use-cases/lifecycle/reschedule-summit.ts';
import { getSummit } from '../../use-cases/summit/list-summits.ts';
import type { Messages } from '../../web/i18n/messages.ts';
import type { PageContext } from '../../web/layout.tsx';
import { renderPage } from '../../web/layout.tsx';
import { AdminLifecyclePage } from '../../web/pages/admin-lifecycle.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { actorOf, coordinatorPage, formLocalDateTime, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';

const required = (schema: typeof formLocalDateTime) => schema.refine((value) => value !== null, { message: 'required' });
const rescheduleForm = z.object({
  startsAt: required(formLocalDateTime),
  endsAt: formLocalDateTime,
  venue: z.string().trim().max(500).default(''),
  reconfirmBy: required(formLocalDateTime),
  reminderDays: z.string().trim().max(50).refine((text) => text === '' || parseReminderDays(text).length > 0, { message: 'invalid' }).default(''),
});
const postponeForm = z.object({ reason: z.string().trim().max(2000).default(''), newDate: z.string().trim().max(200).default('') });
const cancelForm = z.object({ reason: z.string().trim().min(1).max(2000) });
const extendForm = z.object({ reconfirmBy: required(formLocalDateTime) });

const labels = (t: Messages) => {
  const l = t.lifecycle;
  return {
    startsAt: l.reschedule.startsAt, endsAt: l.reschedule.endsAt, venue: l.reschedule.venue, reconfirmBy: l.reschedule.reconfirmBy,
    reminderDays: l.reschedule.reminderDays, reason: l.cancel.reason, newDate: l.postpone.newDate,
  };
};

export async function registerAdminLifecycleRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const idOf = (request: FastifyRequest) => (request.params as { summitId: string }).summitId as SummitId;
  const pathOf = (id: string) => `/admin/summits/${id}/lifecycle`;

  async function render(ctx: PageContext, id: SummitId, saved: boolean, state?: FormState): Promise<string> {
    const summit = await getSummit(deps, id);
    const reconfirmation = await getReconfirmationOverview(deps, id);
    return renderPage(AdminLifecyclePage({ ctx, view: { summit, reconfirmation }, saved, state }));
  }

  app.get('/admin/summits/:summitId/lifecycle', async (request, reply) => {
    const id = idOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    return sendPage(reply, await render(page.ctx, id, savedFlag(request)));
  });

  const form = <S extends z.ZodType>(name: string, schema: S, save: (id: SummitId, data: z.output<S>, actor: ReturnType<typeof actorOf>) => Promise<unknown>) =>
    app.post(`/admin/summits/:summitId/lifecycle/${name}`, { preHandler: app.csrfProtection }, async (request, reply) => {
      const id = idOf(request);
      return submitForm({
        deps, request, reply, form: name, page: pathOf(id), schema, labels,
        save: async (data, coordinator) => { await save(id, data, actorOf(coordinator)); },
        render: (ctx, state) => render(ctx, id, false, state),
      });
    });

  form('reschedule', rescheduleForm, (id, data, actor) => rescheduleSummit(deps, actor, id, {
    startsAt: data.startsAt!, endsAt: data.endsAt, venue: data.venue, reconfirmBy: data.reconfirmBy!,
    ...(data.reminderDays ? { reminderDays: parseReminderDays(data.reminderDays).join(',') } : {}),
  }));
  form('postpone', postponeForm, (id, data, actor) => postponeSummit(deps, actor, id, data));
  form('cancel', cancelForm, (id, data, actor) => cancelSummit(deps, actor, id, data.reason));
  form('extend', extendForm, (id, data, actor) => extendReconfirmDeadline(deps, actor, id, data.reconfirmBy!));
}
