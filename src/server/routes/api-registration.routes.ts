// The registration API. Coordinator routes (Bearer token) go through registerCoordinatorApi; the
// token routes (recruiter links /recruiter/{token}, participant links /invitations/{token}) live in
// their own scope without that hook: the token in the path is the credential. Token routes are rate
// limited per IP and answer an unknown, revoked or expired token with the same 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Invitation } from '../../domain/invitation.ts';
import { acceptInvitation, participantAccess, updateAnswerDetails } from '../../use-cases/registration/accept-invitation.ts';
import { createRecruiterLink, revokeRecruiterLink } from '../../use-cases/registration/create-recruiter-link.ts';
import { declineInvitation } from '../../use-cases/registration/decline-invitation.ts';
import { getOccupancy, listInvitations } from '../../use-cases/registration/get-occupancy.ts';
import { importLimits, readInvitationFile } from '../../exports/invitation-import.ts';
import { ImportFileError } from '../../exports/invitation-table.ts';
import { DomainError } from '../../domain/errors.ts';
import { importInvitations } from '../../use-cases/registration/import-invitations.ts';
import { inviteDirectly } from '../../use-cases/registration/invite-participants-directly.ts';
import { listOwnNominations, nominateParticipant } from '../../use-cases/registration/nominate-participant.ts';
import { listOutbox } from '../../use-cases/registration/list-outbox.ts';
import { orderWaitlist, withdrawNomination } from '../../use-cases/registration/withdraw-nomination.ts';
import type { AppContext } from '../app.ts';
import { idParam } from './api-schemas.ts';
import {
  answerDetailsShape, answers, importReportShape, invitationShape, invitationStatusShape, nominationShape, noContent, occupancyShape, outboxMessageShape,
  participantInvitationShape, recruiterLinkShape, recruiterPageShape,
} from '../api-responses.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';
import { tolerateEmptyJson } from '../empty-json-body.ts';
import { apiAccess } from '../access.ts';

const security = [{ bearer: [] }];

/** Token endpoints: generous enough for a whole organisation's burst, tight enough against guessing. */
export const tokenRateLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };

const name = z.string().trim().min(1).max(200);
const email = z.string().trim().email().max(320);
const phone = z.string().trim().max(40).regex(/^[0-9+ ()-]*$/);
export const nominationBody = z.object({
  name, email, areaId: z.string().min(1).max(100).nullable().optional(), phone: phone.optional(),
});
export const directInvitationBody = nominationBody.extend({
  groupId: z.string().min(1).max(100),
  organisationId: z.string().min(1).max(100).nullable().optional(),
});
export const answerBody = z.object({
  needs: z.object({ diet: z.string().trim().max(1000).optional(), accessibility: z.string().trim().max(1000).optional() }).optional(),
  consents: z.object({ photos: z.boolean().optional(), contacts: z.boolean().optional() }).catchall(z.boolean()).optional()
    .describe('By kind: photos, contacts (sharing contact details with the other participants who consent too) or the id of a kind the summit added; true gives, false withdraws, a kind left out stays as it is'),
}).nullish();
const tokenParam = z.object({ token: z.string().min(16).max(200) });
const nominationWithExisting = nominationShape.extend({ existing: z.boolean().describe('true: the person was nominated already') });

/** What the coordinator sees of an invitation (never its token). */
export const invitationJson = (i: Invitation): z.input<typeof invitationShape> => ({
  id: i.id, status: i.status, organisationId: i.organisationId, groupId: i.groupId, areaId: i.areaId, name: i.name, email: i.email,
  phone: i.phone, source: i.source, waitlistPosition: i.status === 'waitlisted' ? i.waitlistPosition : null, invitedAt: i.invitedAt,
  answerDeadline: i.answerDeadline, answeredAt: i.answeredAt, needs: { diet: i.dietNeeds, accessibility: i.accessibilityNeeds },
  consents: { photos: i.consentPhotos }, createdAt: i.createdAt,
});

/** What a recruiter sees of its own nominations: no needs, no consents. */
const nominationJson = (i: Invitation): z.input<typeof nominationShape> => ({
  id: i.id, status: i.status, name: i.name, email: i.email, phone: i.phone, areaId: i.areaId,
  waitlistPosition: i.status === 'waitlisted' ? i.waitlistPosition : null, invitedAt: i.invitedAt, answerDeadline: i.answerDeadline, createdAt: i.createdAt,
});

/** Reads an uploaded list; an unreadable file is the coordinator's input error, not ours. */
export async function readImportFile(fileName: string, content: Buffer) {
  try {
    return await readInvitationFile(fileName, content);
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw new DomainError(error.code, error.code === 'import_too_large' ? { maxRows: importLimits.maxRows, maxBytes: importLimits.maxBytes } : {});
    }
    throw error;
  }
}

export async function registerApiRegistrationRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;

  await registerCoordinatorApi(app, context, (scope) => {
    tolerateEmptyJson(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['recruitment'];
    api.post('/organisations/:organisationId/recruiter-link', {
      schema: { tags, security, summary: "Give the organisation a new personal recruiter link (replaces the old one); mailed to its contact address", params: idParam('organisationId'),
        body: z.object({ sendEmail: z.boolean().optional() }).nullish(), response: answers({ 201: recruiterLinkShape }) },
    }, async (request, reply) => reply.status(201).send(await createRecruiterLink(deps, apiAccess(request), request.params.organisationId, { sendEmail: request.body?.sendEmail })));
    api.delete('/organisations/:organisationId/recruiter-link', { schema: { tags, security, summary: "Revoke the organisation's recruiter link", params: idParam('organisationId'), response: answers({ 204: noContent }) } },
      async (request, reply) => { await revokeRecruiterLink(deps, apiAccess(request), request.params.organisationId); return reply.status(204).send(); });
    api.get('/summits/:summitId/occupancy', { schema: { tags, security, summary: 'Seats per organisation, per group and for the summit: quota, pending, confirmed, waitlisted, declined, expired …', params: idParam('summitId'), response: answers({ 200: occupancyShape }) } },
      async (request) => getOccupancy(deps, request.params.summitId));
    api.get('/summits/:summitId/invitations', { schema: { tags, security, summary: 'Every invitation and nomination of the summit', params: idParam('summitId'), response: answers({ 200: z.array(invitationShape) }) } },
      async (request) => (await listInvitations(deps, request.params.summitId)).map(invitationJson));
    api.post('/summits/:summitId/invitations', { schema: { tags, security, summary: 'Invite a person directly (waitlisted when no seat is free)', params: idParam('summitId'), body: directInvitationBody, response: answers({ 200: invitationShape.describe('Already invited: the existing invitation'), 201: invitationShape }) } },
      async (request, reply) => {
        const result = await inviteDirectly(deps, apiAccess(request), request.params.summitId, request.body);
        return reply.status(result.existing ? 200 : 201).send(invitationJson(result.invitation));
      });
    api.post('/summits/:summitId/invitations/import', {
      schema: { tags, security, summary: 'Import invitations from CSV or XLSX (base64): a row-by-row report; nothing is imported when a row has errors unless onlyValid is true',
        params: idParam('summitId'),
        body: z.object({ fileName: z.string().max(300), contentBase64: z.string().max(7_000_000), groupId: z.string().min(1).max(100).optional(), onlyValid: z.boolean().optional(), dryRun: z.boolean().optional() }),
        response: answers({ 200: importReportShape }) },
    }, async (request) => {
      const rows = await readImportFile(request.body.fileName, Buffer.from(request.body.contentBase64, 'base64'));
      return importInvitations(deps, apiAccess(request), request.params.summitId, rows, { defaultGroupId: request.body.groupId, onlyValid: request.body.onlyValid ?? false, dryRun: request.body.dryRun ?? false });
    });
    api.get('/summits/:summitId/outbox', { schema: { tags, security, summary: 'The mail outbox of the summit, newest first', params: idParam('summitId'), response: answers({ 200: z.array(outboxMessageShape) }) } },
      async (request) => listOutbox(deps, request.params.summitId));
  });

  await app.register(async (scope) => {
    tolerateEmptyJson(scope);
    const api = scope.withTypeProvider<ZodTypeProvider>();
    const recruiterTags = ['recruiter link'];
    api.get('/recruiter/:token', { config: tokenRateLimit, schema: { tags: recruiterTags, summary: "The organisation's quota and its own nominations (the token is the credential)", params: tokenParam, response: answers({ 200: recruiterPageShape }) } },
      async (request) => {
        const { organisation, summit, nominations } = await listOwnNominations(deps, request.params.token);
        const held = nominations.filter((n) => n.status === 'pending' || n.status === 'confirmed').length;
        return {
          summit: { id: summit.id, title: summit.title, startsAt: summit.startsAt, venue: summit.venue, status: summit.status },
          organisation: { id: organisation.id, name: organisation.name, quota: organisation.quota, free: Math.max(0, organisation.quota - held) },
          nominations: nominations.map(nominationJson),
        };
      });
    api.post('/recruiter/:token/nominations', { config: tokenRateLimit, schema: { tags: recruiterTags, summary: 'Nominate a person: invited (pending) when a seat is free, else waitlisted', params: tokenParam, body: nominationBody,
      response: answers({ 200: nominationWithExisting.describe('Already nominated: the existing nomination'), 201: nominationWithExisting }) } },
      async (request, reply) => {
        const { invitation, existing } = await nominateParticipant(deps, request.params.token, request.body);
        return reply.status(existing ? 200 : 201).send({ ...nominationJson(invitation), existing });
      });
    api.delete('/recruiter/:token/nominations/:id', { config: tokenRateLimit, schema: { tags: recruiterTags, summary: 'Withdraw a nomination; a seat it held goes to the waiting list', params: tokenParam.extend({ id: z.string().min(1).max(100) }), response: answers({ 200: nominationShape }) } },
      async (request) => nominationJson((await withdrawNomination(deps, request.params.token, request.params.id)).invitation));
    api.put('/recruiter/:token/waitlist', { config: tokenRateLimit, schema: { tags: recruiterTags, summary: 'Order the waiting list: listed ids first, in that order', params: tokenParam, body: z.object({ order: z.array(z.string().min(1).max(100)).max(1000) }), response: answers({ 200: z.array(nominationShape) }) } },
      async (request) => (await orderWaitlist(deps, request.params.token, request.body.order)).map(nominationJson));

    const participantTags = ['participant link'];
    api.get('/invitations/:token', { config: tokenRateLimit, schema: { tags: participantTags, summary: 'The invitation behind a participant link', params: tokenParam, response: answers({ 200: participantInvitationShape }) } },
      async (request) => {
        const { invitation: i, summit } = await participantAccess(deps, request.params.token);
        return {
          status: i.status, name: i.name, answerDeadline: i.answerDeadline, needs: { diet: i.dietNeeds, accessibility: i.accessibilityNeeds }, consents: { photos: i.consentPhotos },
          summit: { id: summit.id, title: summit.title, startsAt: summit.startsAt, endsAt: summit.endsAt, venue: summit.venue, status: summit.status },
        };
      });
    api.post('/invitations/:token/accept', { config: tokenRateLimit, schema: { tags: participantTags, summary: 'Accept (idempotent); needs and consents are optional', params: tokenParam, body: answerBody, response: answers({ 200: invitationStatusShape }) } },
      async (request) => ({ status: (await acceptInvitation(deps, request.params.token, request.body ?? {})).status }));
    api.post('/invitations/:token/decline', { config: tokenRateLimit, schema: { tags: participantTags, summary: 'Decline, or cancel an accepted invitation (idempotent)', params: tokenParam, response: answers({ 200: invitationStatusShape }) } },
      async (request) => ({ status: (await declineInvitation(deps, request.params.token)).status }));
    api.patch('/invitations/:token', { config: tokenRateLimit, schema: { tags: participantTags, summary: 'Change needs or consents (a consent can be revoked at any time)', params: tokenParam, body: answerBody, response: answers({ 200: answerDetailsShape }) } },
      async (request) => {
        const i = await updateAnswerDetails(deps, request.params.token, request.body ?? {});
        return { status: i.status, needs: { diet: i.dietNeeds, accessibility: i.accessibilityNeeds }, consents: { photos: i.consentPhotos } };
      });
  }, { prefix: '/api/v1' });
}
