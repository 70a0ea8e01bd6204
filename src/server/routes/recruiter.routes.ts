// The recruiter's pages behind /r/{token}: no account, the token is the credential. Forms post
// with CSRF; a GET never changes anything. Rate limited per IP like the token API.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../domain/errors.ts';
import { decideInterestRequest, findOpenInterestRequest } from '../../use-cases/lifecycle/decide-interest-request.ts';
import { getRecruiterPage } from '../../use-cases/lifecycle/get-recruiter-page.ts';
import { listOwnNominations, nominateParticipant } from '../../use-cases/registration/nominate-participant.ts';
import { recruiterPath } from '../../use-cases/personal-links.ts';
import { orderWaitlist, previewNominationWithdrawal, withdrawNomination } from '../../use-cases/registration/withdraw-nomination.ts';
import { RecruiterDeclineConfirmPage, RecruiterWithdrawConfirmPage } from '../../web/pages/confirmations/recruiter-confirm.tsx';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import { renderPage } from '../../web/layout.tsx';
import { RecruiterPage, type RecruiterFormState, type RecruiterNotice } from '../../web/pages/recruiter-page.tsx';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';
import { formValues, sendPage } from './admin-form-handling.ts';
import { tokenRateLimit } from './api-registration.routes.ts';
import { readParams } from '../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });
const nominationParams = z.object({ token: z.string().min(16).max(200), id: z.string().min(1).max(100) });
const count = z.coerce.number().int().min(0).max(1_000_000);
/** "?notice=withdrawn&people=2&organisation=1": whom the confirmed step told, counted as it mailed. */
const toldQuery = z.object({ people: count, organisation: z.enum(['0', '1']).default('0') });
const nominationForm = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  phone: z.string().trim().max(40).regex(/^[0-9+ ()-]*$/).optional(),
  areaId: z.string().max(100).optional().transform((v) => (v ? v : null)),
});

export async function registerRecruiterRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const tokenOf = (request: FastifyRequest) => readParams(tokenParams, request).token;

  async function show(request: FastifyRequest, reply: FastifyReply, options: { notice?: RecruiterNotice; state?: RecruiterFormState; status?: number } = {}) {
    const token = tokenOf(request);
    const own = await getRecruiterPage(deps, token);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = recruiterPath(token);
    const { summit, organisation, nominations, areas, interests, reconfirmation } = own;
    const view = { base: recruiterPath(token), summit, organisation, nominations, areas, interests, reconfirmation };
    return sendPage(reply, renderPage(RecruiterPage({ ctx, view, notice: options.notice, state: options.state })), options.status ?? 200);
  }

  const config = tokenRateLimit;

  app.get('/r/:token', { config }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    let notice: RecruiterNotice | undefined;
    if (query.done) {
      const own = await listOwnNominations(deps, tokenOf(request));
      const n = own.nominations.find((x) => x.id === query.done);
      if (n) {
        const waiting = own.nominations.filter((x) => x.status === 'waitlisted').sort((a, b) => a.waitlistPosition - b.waitlistPosition);
        notice = query.existing === '1' ? { kind: 'existing', name: n.name }
          : n.status === 'waitlisted' ? { kind: 'waitlisted', name: n.name, position: waiting.findIndex((x) => x.id === n.id) + 1 }
          : { kind: 'invited', name: n.name };
      }
    } else if (query.notice === 'withdrawn' || query.notice === 'interest_declined') {
      const told = toldQuery.safeParse(query);
      notice = told.success ? { kind: query.notice, people: told.data.people, organisation: told.data.organisation === '1' } : { kind: query.notice };
    } else if (query.notice === 'reordered' || query.notice === 'interest_accepted') {
      notice = { kind: query.notice };
    }
    return show(request, reply, { notice });
  });

  app.post('/r/:token/nominations', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const token = tokenOf(request);
    const values = formValues(request.body);
    const parsed = nominationForm.safeParse(values);
    if (!parsed.success) {
      const ctx = await pageContext(deps, request, reply);
      const f = ctx.t.registration.fields;
      const errors = fieldErrorsFrom(parsed.error.issues, ctx.t, { name: f.name, email: f.email, phone: f.phone, areaId: f.area });
      return show(request, reply, { state: { values, errors, general: [] }, status: 422 });
    }
    try {
      const { invitation, existing } = await nominateParticipant(deps, token, parsed.data);
      return reply.redirect(`${recruiterPath(token)}?done=${invitation.id}${existing ? '&existing=1' : ''}`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      return show(request, reply, { state: { values, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed!] }, status: 422 });
    }
  });

  /** A step that asks first: the confirmation page, or the page again saying why the action is refused. */
  async function confirmStep(request: FastifyRequest, reply: FastifyReply, render: (ctx: Awaited<ReturnType<typeof pageContext>>) => Promise<Parameters<typeof renderPage>[0]>) {
    const ctx = await pageContext(deps, request, reply);
    ctx.path = recruiterPath(tokenOf(request));
    try {
      return sendPage(reply, renderPage(await render(ctx)));
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      return show(request, reply, { state: { values: {}, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed!] }, status: 409 });
    }
  }

  // Withdrawing cannot be undone and mails the person and whoever gets the seat: it asks first.
  app.post('/r/:token/nominations/:id/withdraw', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const { token, id } = readParams(nominationParams, request);
    if (formValues(request.body).confirmed !== '1') {
      return confirmStep(request, reply, async (ctx) => {
        const [preview, own] = await Promise.all([previewNominationWithdrawal(deps, token, id), listOwnNominations(deps, token)]);
        return RecruiterWithdrawConfirmPage({ ctx, base: recruiterPath(token), organisation: own.organisation, preview });
      });
    }
    const { told } = await withdrawNomination(deps, token, id);
    return reply.redirect(`${recruiterPath(token)}?notice=withdrawn&people=${told.participants}&organisation=${told.organisations > 0 ? 1 : 0}`, 303);
  });

  app.post('/r/:token/waitlist/:id/:direction', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const token = tokenOf(request);
    const { id, direction } = request.params as { id: string; direction: string };
    const own = await listOwnNominations(deps, token);
    const order = own.nominations.filter((n) => n.status === 'waitlisted').sort((a, b) => a.waitlistPosition - b.waitlistPosition).map((n) => n.id as string);
    const at = order.indexOf(id);
    const to = direction === 'up' ? at - 1 : direction === 'down' ? at + 1 : -1;
    if (at >= 0 && to >= 0 && to < order.length) {
      [order[at], order[to]] = [order[to]!, order[at]!];
      await orderWaitlist(deps, token, order);
    }
    return reply.redirect(`${recruiterPath(token)}?notice=reordered`, 303);
  });

  const interestParams = z.object({ token: z.string().min(16).max(200), id: z.string().min(1).max(100), decision: z.enum(['accept', 'decline']) });
  app.post('/r/:token/interest/:id/:decision', { config, preHandler: app.csrfProtection }, async (request, reply) => {
    const { token, id, decision } = readParams(interestParams, request);
    const values = formValues(request.body);
    const message = z.string().trim().max(2000).catch('').parse(values.message ?? '');
    // Declining mails the citizen and cannot be undone: it asks first (a request declined before is simply shown declined).
    if (decision === 'decline' && values.confirmed !== '1') {
      const open = await findOpenInterestRequest(deps, token, id).catch((error: unknown) => (isDomainError(error) && error.code !== 'not_found' ? undefined : Promise.reject(error)));
      if (open?.status === 'open') return confirmStep(request, reply, async (ctx) => RecruiterDeclineConfirmPage({ ctx, base: recruiterPath(token), request: open, message }));
    }
    let told = 0;
    try {
      told = (await decideInterestRequest(deps, token, id, { decision: decision === 'accept' ? 'accepted' : 'declined', message })).told.participants;
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const ctx = await pageContext(deps, request, reply);
      return show(request, reply, { state: { values: {}, errors: {}, general: [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed!] }, status: 409 });
    }
    return reply.redirect(`${recruiterPath(token)}?notice=${decision === 'accept' ? 'interest_accepted' : `interest_declined&people=${told}`}`, 303);
  });
}
