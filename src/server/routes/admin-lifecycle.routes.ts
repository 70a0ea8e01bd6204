// The coordinator's lifecycle page: postpone, reschedule, extend the re-confirmation deadline, cancel.
import type { FastifyInstance } from 'fastify';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';
import { z } from 'zod';
import type { SummitId } from '../../domain/ids.ts';
import { isDomainError } from '../../domain/errors.ts';
import { parseReminderDays, type LifecycleChange, type RescheduleInput } from '../../domain/lifecycle.ts';
import { cancelSummitTelling } from '../../use-cases/lifecycle/cancel-summit.ts';
import { getReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { postponeSummitTelling } from '../../use-cases/lifecycle/postpone-summit.ts';
import { previewLifecycleChange } from '../../use-cases/lifecycle/preview-lifecycle-change.ts';
import { extendReconfirmDeadline, rescheduleSummitTelling } from '../../use-cases/lifecycle/reschedule-summit.ts';
import type { MailTold } from '../../use-cases/outgoing-mail.ts';
import { getSummit } from '../../use-cases/summit/list-summits.ts';
import type { Messages } from '../../web/i18n/messages.ts';
import type { PageContext } from '../../web/layout.tsx';
import { renderPage } from '../../web/layout.tsx';
import { AdminLifecyclePage, LifecycleConfirmPage, type LifecycleDone } from '../../web/pages/admin-lifecycle.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, formLocalDateTime, formValues, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { summitIdOf } from '../route-params.ts';

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
const count = z.coerce.number().int().min(0).max(1_000_000);
/** "?done=cancelled&participants=9&organisations=3": what the confirmed change did, for the message. */
const doneQuery = z.object({ done: z.enum(['postponed', 'rescheduled', 'cancelled']), participants: count, organisations: count });

const labels = (t: Messages) => {
  const l = t.lifecycle;
  return {
    startsAt: l.reschedule.startsAt, endsAt: l.reschedule.endsAt, venue: l.reschedule.venue, reconfirmBy: l.reschedule.reconfirmBy,
    reminderDays: l.reschedule.reminderDays, reason: l.cancel.reason, newDate: l.postpone.newDate,
  };
};

export async function registerAdminLifecycleRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const pathOf = (id: string) => `/admin/summits/${id}/lifecycle`;

  async function render(ctx: PageContext, id: SummitId, saved: boolean, state?: FormState, done?: LifecycleDone): Promise<string> {
    const summit = await getSummit(deps, id);
    const reconfirmation = await getReconfirmationOverview(deps, id);
    return renderPage(AdminLifecyclePage({ ctx, view: { summit, reconfirmation }, saved, done, state }));
  }

  app.get('/admin/summits/:summitId/lifecycle', async (request, reply) => {
    const id = summitIdOf(request);
    const page = await coordinatorPage(deps, request, reply, pathOf(id));
    if (!page) return reply;
    const done = doneQuery.safeParse(request.query);
    return sendPage(reply, await render(page.ctx, id, savedFlag(request), undefined, done.success ? { change: done.data.done, ...done.data } : undefined));
  });

  const form = <S extends z.ZodType>(name: string, schema: S, save: (id: SummitId, data: z.output<S>, access: CoordinatorAccess) => Promise<unknown>) =>
    app.post(`/admin/summits/:summitId/lifecycle/${name}`, { preHandler: app.csrfProtection }, async (request, reply) => {
      const id = summitIdOf(request);
      return submitForm({
        deps, request, reply, form: name, page: pathOf(id), schema, labels,
        save: async (data, coordinator) => { await save(id, data, coordinator); },
        render: (ctx, state) => render(ctx, id, false, state),
      });
    });

  /**
   * A change that mails people: a valid form first shows the confirmation step with how many will
   * be told; the confirmed form makes the change and the page says whom it told.
   */
  const confirmedForm = <S extends z.ZodType>(name: string, change: LifecycleChange, schema: S, input: (data: z.output<S>) => RescheduleInput | undefined,
    save: (id: SummitId, data: z.output<S>, access: CoordinatorAccess) => Promise<{ told: MailTold }>) =>
    app.post(`/admin/summits/:summitId/lifecycle/${name}`, { preHandler: app.csrfProtection }, async (request, reply) => {
      const id = summitIdOf(request);
      const values = formValues(request.body);
      const parsed = schema.safeParse(values);
      if (values.confirmed !== '1' && parsed.success) {
        const page = await coordinatorPage(deps, request, reply, pathOf(id));
        if (!page) return reply;
        try {
          const [summit, audience] = await Promise.all([getSummit(deps, id), previewLifecycleChange(deps, id, change, input(parsed.data))]);
          return sendPage(reply, renderPage(LifecycleConfirmPage({ ctx: page.ctx, summit, change, audience, values })));
        } catch (error) {
          if (!isDomainError(error) || error.code === 'not_found') throw error;
          const general = [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed];
          return sendPage(reply, await render(page.ctx, id, false, { form: name, values, errors: {}, general }), 422);
        }
      }
      return submitForm({
        deps, request, reply, form: name, page: pathOf(id), schema, labels,
        save: async (data, coordinator) => {
          // Counted from the messages the change itself queued, inside its own transaction.
          const { told } = await save(id, data, coordinator);
          return `${pathOf(id)}?done=${change}&participants=${told.participants}&organisations=${told.organisations}`;
        },
        render: (ctx, state) => render(ctx, id, false, state),
      });
    });

  const rescheduleInput = (data: z.output<typeof rescheduleForm>): RescheduleInput => ({
    startsAt: data.startsAt!, endsAt: data.endsAt, venue: data.venue, reconfirmBy: data.reconfirmBy!,
    ...(data.reminderDays ? { reminderDays: parseReminderDays(data.reminderDays).join(',') } : {}),
  });
  confirmedForm('reschedule', 'rescheduled', rescheduleForm, rescheduleInput, (id, data, access) => rescheduleSummitTelling(deps, access, id, rescheduleInput(data)));
  confirmedForm('postpone', 'postponed', postponeForm, () => undefined, (id, data, access) => postponeSummitTelling(deps, access, id, data));
  confirmedForm('cancel', 'cancelled', cancelForm, () => undefined, (id, data, access) => cancelSummitTelling(deps, access, id, data.reason));
  form('extend', extendForm, (id, data, access) => extendReconfirmDeadline(deps, access, id, data.reconfirmBy!));
}
