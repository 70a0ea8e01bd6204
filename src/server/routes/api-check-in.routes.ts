// The check-in API of the summit day. The door routes (check in, undo, counts, the roster a phone
// searches, walk-ins) take a coordinator's API token or a check-in link's token as Bearer; the
// coordinator routes (check-in links, rounds, "Planlæg efter fremmøde", the day, messages to the
// missing) take only a coordinator's. No rate limit on the door: every request carries a 256-bit
// token, and two busy phones must never be slowed by one.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.ts';
import type { PlanRunner } from '../../ports.ts';
import type { Actor } from '../../use-cases/actor.ts';
import { doorAccess } from '../../use-cases/check-in/check-in-access.ts';
import { checkInParticipant } from '../../use-cases/check-in/check-in-participant.ts';
import { createCheckInLink } from '../../use-cases/check-in/create-check-in-link.ts';
import { getCheckInOverview } from '../../use-cases/check-in/get-check-in-overview.ts';
import { getCheckInRoster } from '../../use-cases/check-in/get-check-in-roster.ts';
import { getSummitDay } from '../../use-cases/check-in/get-summit-day.ts';
import { messageMissing } from '../../use-cases/check-in/message-missing.ts';
import { planByAttendance } from '../../use-cases/check-in/plan-by-attendance.ts';
import { registerWalkIn } from '../../use-cases/check-in/register-walk-in.ts';
import { revokeCheckInLink } from '../../use-cases/check-in/revoke-check-in-link.ts';
import { startRound } from '../../use-cases/check-in/start-round.ts';
import { undoCheckIn } from '../../use-cases/check-in/undo-check-in.ts';
import type { AppContext } from '../app.ts';
import { tolerateEmptyJson } from '../empty-json-body.ts';
import { idParam } from './api-schemas.ts';
import { readParams } from '../route-params.ts';
import {
  answers, checkInAnswerShape, checkInLinkShape, checkInOverviewShape, checkInRosterShape, liveCheckInLinkShape, noContent, planByAttendanceShape,
  roundsStartedShape, sentShape, summitDayShape, walkInShape,
} from '../api-responses.ts';
import { seatingPlanJson } from './api-seating.routes.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';
import { apiAccess } from '../access.ts';

declare module 'fastify' {
  interface FastifyRequest {
    doorActor?: Actor;
  }
}

const security = [{ bearer: [] }];
const tags = ['check-in'];
const summitParam = idParam('summitId');
const clientId = z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/).describe("The phone's idempotency key for this one request (a UUID, say)");

export const checkInBody = z.object({
  code: z.string().trim().min(1).max(40).describe("The participant's check-in code, as on the badge (case and hyphens do not matter)"),
  clientId,
});
export const walkInBody = z.object({
  clientId,
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320).optional().or(z.literal('')),
  groupId: z.string().min(1).max(100),
  organisationId: z.string().min(1).max(100).nullable().optional(),
  withoutSeat: z.boolean().optional().describe('Put on record "uden plads": present, but on no list and at no table'),
});


export async function registerApiCheckInRoutes(app: FastifyInstance, context: AppContext, runner: PlanRunner): Promise<void> {
  const { deps } = context;

  // The door: a coordinator's token or a check-in link's, for this summit only.
  await app.register(async (scope) => {
    tolerateEmptyJson(scope);
    scope.addHook('onRequest', async (request) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (!match) throw new DomainError('unauthenticated');
      // Before the route's own schema runs: an id that is not even well-formed names no summit.
      const { summitId } = readParams(summitParam, request);
      request.doorActor = (await doorAccess(deps, summitId, match[1]!, request.method !== 'GET' && request.method !== 'HEAD')).actor;
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.post('/summits/:summitId/check-ins', {
      schema: { tags, security, summary: 'Check a participant in by their code: 201 the first time, 200 with alreadyCheckedIn when already in; the same clientId again answers the first answer again', params: summitParam, body: checkInBody,
        response: answers({ 200: checkInAnswerShape.describe('Already checked in'), 201: checkInAnswerShape }) },
    }, async (request, reply) => {
      const answer = await checkInParticipant(deps, request.doorActor!, request.params.summitId, request.body);
      return reply.status(answer.alreadyCheckedIn ? 200 : 201).send(answer);
    });
    api.delete('/summits/:summitId/check-ins/:invitationId', {
      schema: { tags, security, summary: 'Undo a check-in (204; also when the person was not checked in)', params: summitParam.extend({ invitationId: z.string().min(1).max(100) }), response: answers({ 204: noContent }) },
    }, async (request, reply) => {
      await undoCheckIn(deps, request.doorActor!, request.params.summitId, request.params.invitationId);
      return reply.status(204).send();
    });
    api.get('/summits/:summitId/check-ins', {
      schema: { tags, security, summary: 'Who has arrived: totals, by stakeholder group and by table of each round', params: summitParam, response: answers({ 200: checkInOverviewShape }) },
    }, async (request) => getCheckInOverview(deps, request.params.summitId));
    api.get('/summits/:summitId/check-in-roster', {
      schema: { tags, security, summary: 'Everyone on the list with group, organisation, check-in code, tables and arrival, for searching at the door', params: summitParam, response: answers({ 200: checkInRosterShape }) },
    }, async (request) => getCheckInRoster(deps, request.params.summitId));
    api.post('/summits/:summitId/walk-ins', {
      schema: { tags, security, summary: 'Someone not on the list: a confirmed seat within the quotas and capacity and checked in (409 no_seat_free when none), or on record without a seat', params: summitParam, body: walkInBody,
        response: answers({ 200: walkInShape.describe('The same clientId again: the first answer'), 201: walkInShape }) },
    }, async (request, reply) => {
      const { email, ...rest } = request.body;
      const result = await registerWalkIn(deps, request.doorActor!, request.params.summitId, { ...rest, email: email || undefined });
      return reply.status(result.created ? 201 : 200).send({
        id: result.walkIn.id, name: result.walkIn.name, seated: result.seated, invitationId: result.walkIn.invitationId, createdAt: result.walkIn.createdAt,
      });
    });
  }, { prefix: '/api/v1' });

  await registerCoordinatorApi(app, context, (scope) => {
    tolerateEmptyJson(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.post('/summits/:summitId/check-in-links', {
      schema: { tags, security, summary: "A helper's check-in link (shown once; the token is the url's last path segment); it checks people in at this summit and nothing else", params: summitParam,
        body: z.object({ label: z.string().trim().max(100).optional() }).nullish(), response: answers({ 201: checkInLinkShape }) },
    }, async (request, reply) => reply.status(201).send(await createCheckInLink(deps, apiAccess(request), request.params.summitId, { label: request.body?.label })));
    api.get('/summits/:summitId/check-in-links', { schema: { tags, security, summary: 'The live check-in links (never their tokens)', params: summitParam, response: answers({ 200: z.array(liveCheckInLinkShape) }) } },
      async (request) => (await getSummitDay(deps, request.params.summitId)).links);
    api.delete('/summits/:summitId/check-in-links/:linkId', { schema: { tags, security, summary: 'Revoke a check-in link', params: summitParam.extend({ linkId: z.string().min(1).max(100) }), response: answers({ 204: noContent }) } },
      async (request, reply) => { await revokeCheckInLink(deps, apiAccess(request), request.params.summitId, request.params.linkId); return reply.status(204).send(); });
    api.put('/summits/:summitId/rounds-started', {
      schema: { tags, security, summary: 'How many rounds are under way or over; "Planlæg efter fremmøde" leaves those as they are', params: summitParam, body: z.object({ roundsStarted: z.number().int().min(0).max(20) }), response: answers({ 200: roundsStartedShape }) },
    }, async (request) => ({ roundsStarted: await startRound(deps, apiAccess(request), request.params.summitId, request.body.roundsStarted) }));
    api.post('/summits/:summitId/plan-by-attendance', {
      schema: { tags, security, summary: '"Planlæg efter fremmøde": whoever has not checked in is a no-show; the rounds not yet started are re-planned with the fewest moves (202, in the background; publish the new version as usual)',
        params: summitParam, body: z.object({ seconds: z.number().min(0.1).max(60).optional() }).nullish(), response: answers({ 202: planByAttendanceShape }) },
    }, async (request, reply) => {
      const result = await planByAttendance(deps, runner, apiAccess(request), request.params.summitId, { seconds: request.body?.seconds });
      return reply.status(202).send({ fromRound: result.fromRound, absent: result.absent, plan: seatingPlanJson(result.plan) });
    });
    api.get('/summits/:summitId/day', { schema: { tags, security, summary: 'The day: arrivals over time, who is missing by group and organisation', params: summitParam, response: answers({ 200: summitDayShape }) } },
      async (request) => {
        const day = await getSummitDay(deps, request.params.summitId);
        return { overview: day.overview, arrivals: day.arrivals, missing: day.missing, missingReachable: day.missingReachable, rounds: day.rounds, roundsStarted: day.roundsStarted };
      });
    api.post('/summits/:summitId/messages-to-missing', {
      schema: { tags, security, summary: 'Mail every confirmed participant who has not checked in (and has an email)', params: summitParam,
        body: z.object({ subject: z.string().trim().max(200).optional(), body: z.string().trim().min(1).max(5000) }), response: answers({ 200: sentShape }) },
    }, async (request) => messageMissing(deps, apiAccess(request), request.params.summitId, { subject: request.body.subject ?? '', body: request.body.body }));
  });
}
