// The lifecycle API: postpone, reschedule (with re-confirmation), cancel, and citizens' interest
// requests. Coordinator routes need a Bearer token; the participant and citizen routes do not.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cancelSummit } from '../../use-cases/lifecycle/cancel-summit.ts';
import { getReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { postponeSummit } from '../../use-cases/lifecycle/postpone-summit.ts';
import { reconfirmInvitation } from '../../use-cases/lifecycle/reconfirm-invitation.ts';
import { extendReconfirmDeadline, rescheduleSummit } from '../../use-cases/lifecycle/reschedule-summit.ts';
import { submitInterestRequest } from '../../use-cases/lifecycle/submit-interest-request.ts';
import { decideInterestRequest, listInterestRequests } from '../../use-cases/lifecycle/decide-interest-request.ts';
import type { InterestRequest } from '../../domain/interest-request.ts';
import type { AppContext } from '../app.ts';
import { tolerateEmptyJson } from '../empty-json-body.ts';
import { idParam } from './api-schemas.ts';
import { answers, interestRequestShape, receivedShape, reconfirmationsShape, reconfirmedShape, summitShape } from '../api-responses.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';
import { apiAccess } from '../access.ts';

const security = [{ bearer: [] }];
const isoDateTime = z.string().datetime({ offset: true });
const reason = z.string().trim().max(2000);

export const postponeBody = z.object({ reason: reason.default(''), newDate: z.string().trim().max(200).optional() });
export const rescheduleBody = z.object({ startsAt: isoDateTime, endsAt: isoDateTime.nullable().optional(), venue: z.string().trim().max(500).default(''), reconfirmBy: isoDateTime });
export const cancelBody = z.object({ reason: reason.default('') });
export const interestBody = z.object({
  areaId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  message: z.string().trim().max(2000).optional(),
  consent: z.literal(true),
  /** Honeypot: people leave it empty; a bot that fills it is ignored. */
  website: z.string().max(500).optional(),
});

export const decisionBody = z.object({ decision: z.enum(['accepted', 'declined']), message: z.string().trim().max(2000).optional() });

const toIso = (value: string) => new Date(value).toISOString();
const interestJson = (r: InterestRequest): z.input<typeof interestRequestShape> => ({
  id: r.id, status: r.status, areaId: r.areaId, name: r.name, email: r.email, message: r.message,
  decisionMessage: r.decisionMessage, invitationId: r.invitationId, createdAt: r.createdAt, decidedAt: r.decidedAt,
});

export async function registerApiLifecycleRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['lifecycle'];
    api.post('/summits/:summitId/postpone', { schema: { tags, security, summary: 'Postpone, with or without an expected new date; everyone concerned is told', params: idParam('summitId'), body: postponeBody, response: answers({ 200: summitShape }) } },
      async (request) => postponeSummit(deps, apiAccess(request), request.params.summitId, request.body));
    api.post('/summits/:summitId/reschedule', { schema: { tags, security, summary: 'Move to a new date and place; confirmed participants must re-confirm by reconfirmBy', params: idParam('summitId'), body: rescheduleBody, response: answers({ 200: summitShape }) } },
      async (request) => {
        const body = request.body;
        return rescheduleSummit(deps, apiAccess(request), request.params.summitId, {
          startsAt: toIso(body.startsAt), endsAt: body.endsAt ? toIso(body.endsAt) : null, venue: body.venue, reconfirmBy: toIso(body.reconfirmBy),
        });
      });
    api.post('/summits/:summitId/reconfirm-deadline', { schema: { tags, security, summary: 'Extend the re-confirmation deadline', params: idParam('summitId'), body: z.object({ reconfirmBy: isoDateTime }), response: answers({ 200: summitShape }) } },
      async (request) => extendReconfirmDeadline(deps, apiAccess(request), request.params.summitId, toIso(request.body.reconfirmBy)));
    api.get('/summits/:summitId/reconfirmations', { schema: { tags, security, summary: 'Who re-confirmed, declined, is silent or lost the seat', params: idParam('summitId'), response: answers({ 200: reconfirmationsShape }) } },
      async (request) => getReconfirmationOverview(deps, request.params.summitId));
    api.post('/summits/:summitId/cancel', { schema: { tags, security, summary: 'Cancel; everyone is told and links stop taking answers', params: idParam('summitId'), body: cancelBody, response: answers({ 200: summitShape }) } },
      async (request) => cancelSummit(deps, apiAccess(request), request.params.summitId, request.body.reason));
  });

  await app.register(async (scope) => {
    tolerateEmptyJson(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.post('/invitations/:token/reconfirm', {
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: { tags: ['participant link'], summary: 'Re-confirm the seat for the new date (idempotent)', params: z.object({ token: z.string().min(16).max(200) }), response: answers({ 200: reconfirmedShape }) },
    }, async (request) => {
      const invitation = await reconfirmInvitation(deps, request.params.token);
      return { status: invitation.status, reconfirmState: invitation.reconfirmState };
    });
    const recruiterTags = ['recruiter link'];
    const recruiterToken = z.object({ token: z.string().min(16).max(200) });
    api.get('/recruiter/:token/interest-requests', {
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: { tags: recruiterTags, summary: "Citizens' requests to the organisation (its own only)", params: recruiterToken, response: answers({ 200: z.array(interestRequestShape) }) },
    }, async (request) => (await listInterestRequests(deps, request.params.token)).map(interestJson));
    api.post('/recruiter/:token/interest-requests/:id/decision', {
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: { tags: recruiterTags, summary: 'Accept (nominate) or decline a request; the citizen is told either way', params: recruiterToken.extend({ id: z.string().min(1).max(100) }), body: decisionBody, response: answers({ 200: interestRequestShape }) },
    }, async (request) => interestJson((await decideInterestRequest(deps, request.params.token, request.params.id, request.body)).request));
    api.post('/summits/:summitId/interest', {
      config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: { tags: ['public'], summary: "A citizen asks their area's local forum to take part (no account)", params: idParam('summitId'), body: interestBody, response: answers({ 202: receivedShape }) },
    }, async (request, reply) => {
      const { website, ...input } = request.body;
      // A filled honeypot gets the same answer as a real request, and nothing is stored.
      if (website) return reply.status(202).send({ status: 'received' });
      await submitInterestRequest(deps, request.params.summitId, input);
      return reply.status(202).send({ status: 'received' });
    });
  }, { prefix: '/api/v1' });
}
