// The coordinator's recruitment pages: /admin/summits/{id}/recruitment (occupancy, recruiter
// links, direct invitations, list import) and /admin/summits/{id}/outbox (outgoing mail).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { invitationStatuses } from '../../domain/invitation.ts';
import type { InvitationListQuery } from '../../domain/invitation-list.ts';
import { createRecruiterLink, revokeRecruiterLink } from '../../use-cases/registration/create-recruiter-link.ts';
import { getRecruitmentOverview } from '../../use-cases/registration/get-recruitment-overview.ts';
import { importInvitations } from '../../use-cases/registration/import-invitations.ts';
import { inviteDirectly } from '../../use-cases/registration/invite-participants-directly.ts';
import { findOutboxMessage, listOutboxPage } from '../../use-cases/registration/list-outbox.ts';
import { getOrganisation } from '../../use-cases/summit/get-organisation.ts';
import { getSummit } from '../../use-cases/summit/list-summits.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import { renderPage } from '../../web/layout.tsx';
import type { PageContext } from '../../web/layout.tsx';
import { AdminOutboxMessagePage, AdminOutboxPage } from '../../web/pages/admin-outbox.tsx';
import { AdminRecruitmentPage, type ImportReportView, type NewLinkNotice, type RecruitmentNotice } from '../../web/pages/admin-recruitment.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, formValues, sendPage } from './admin-form-handling.ts';
import { readImportFile } from './api-registration.routes.ts';
import { listField, listFields, queryOf } from '../list-query.ts';
import { idField, readParams, summitIdOf } from '../route-params.ts';

const organisationParams = z.object({ summitId: idField.summit, organisationId: idField.organisation });

const inviteForm = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  phone: z.string().trim().max(40).regex(/^[0-9+ ()-]*$/).optional(),
  groupId: z.string().min(1).max(100),
  organisationId: z.string().max(100).optional().transform((v) => (v ? v : null)),
});

const statusField = z.enum(invitationStatuses);

function invitationListQuery(raw: unknown): InvitationListQuery {
  const query = queryOf(raw);
  return {
    search: listField(query, 'q', listFields.search) || undefined,
    status: listField(query, 'status', statusField),
    groupId: listField(query, 'group', listFields.id),
    organisationId: listField(query, 'organisation', listFields.id),
    page: listField(query, 'page', listFields.page),
  };
}

interface UploadedFile { fileName: string; content: Buffer }
type MultipartBody = Record<string, string | UploadedFile>;

/** A small multipart/form-data reader for the one import form: text fields and one file. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw Object.assign(new Error('Missing multipart boundary'), { statusCode: 400 });
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const result: MultipartBody = {};
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name) result[name] = fileName !== undefined ? { fileName, content } : content.toString('utf8');
    }
    start = next;
  }
  return result;
}

export async function registerAdminRecruitmentRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;

  async function show(request: FastifyRequest, reply: FastifyReply, ctx: PageContext, extra: { newLink?: NewLinkNotice; report?: ImportReportView; notice?: RecruitmentNotice; state?: FormState; status?: number; query?: InvitationListQuery } = {}) {
    const view = await getRecruitmentOverview(deps, summitIdOf(request), extra.query);
    const page = AdminRecruitmentPage({ ctx, view, ...extra, query: { ...extra.query, page: view.invitations.page } });
    return sendPage(reply, renderPage(page), extra.status ?? 200);
  }

  await app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (request, body, done) => {
      try {
        done(null, parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')));
      } catch (error) {
        done(error as Error, undefined);
      }
    });

    scope.get('/admin/summits/:summitId/recruitment', async (request, reply) => {
      const page = await coordinatorPage(deps, request, reply);
      if (!page) return reply;
      const notice = (request.query as Record<string, string | undefined>).notice;
      return show(request, reply, page.ctx, { notice: notice === 'invited' || notice === 'waitlisted' || notice === 'revoked' ? notice : undefined, query: invitationListQuery(request.query) });
    });

    // The new link is shown in the answer to this POST only: it is stored as a hash.
    scope.post('/admin/summits/:summitId/recruitment/links/:organisationId', { preHandler: scope.csrfProtection }, async (request, reply) => {
      const summitId = summitIdOf(request);
      const page = await coordinatorPage(deps, request, reply, `/admin/summits/${summitId}/recruitment`);
      if (!page) return reply;
      const { organisationId } = readParams(organisationParams, request);
      const organisation = await getOrganisation(deps, summitId, organisationId);
      const created = await createRecruiterLink(deps, page.coordinator, organisationId);
      return show(request, reply, page.ctx, { newLink: { organisation: organisation.name, url: created.url, emailedTo: created.emailed ? organisation.contactEmail : null } });
    });

    scope.post('/admin/summits/:summitId/recruitment/links/:organisationId/revoke', { preHandler: scope.csrfProtection }, async (request, reply) => {
      const summitId = summitIdOf(request);
      const page = await coordinatorPage(deps, request, reply);
      if (!page) return reply;
      const { organisationId } = readParams(organisationParams, request);
      await getOrganisation(deps, summitId, organisationId);
      await revokeRecruiterLink(deps, page.coordinator, organisationId);
      return reply.redirect(`/admin/summits/${summitId}/recruitment?notice=revoked`, 303);
    });

    scope.post('/admin/summits/:summitId/recruitment/invitations', { preHandler: scope.csrfProtection }, async (request, reply) => {
      const summitId = summitIdOf(request);
      const page = await coordinatorPage(deps, request, reply, `/admin/summits/${summitId}/recruitment`);
      if (!page) return reply;
      const values = formValues(request.body);
      const parsed = inviteForm.safeParse(values);
      const f = page.ctx.t.registration.fields;
      if (!parsed.success) {
        const state: FormState = { form: 'invite', values, errors: fieldErrorsFrom(parsed.error.issues, page.ctx.t, { name: f.name, email: f.email, phone: f.phone, groupId: f.group, organisationId: f.organisation }), general: [] };
        return show(request, reply, page.ctx, { state, status: 422 });
      }
      try {
        const { invitation } = await inviteDirectly(deps, page.coordinator, summitId, parsed.data);
        return reply.redirect(`/admin/summits/${summitId}/recruitment?notice=${invitation.status === 'waitlisted' ? 'waitlisted' : 'invited'}`, 303);
      } catch (error) {
        if (!isDomainError(error) || error.code === 'not_found') throw error;
        const state: FormState = { form: 'invite', values, errors: {}, general: [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed!] };
        return show(request, reply, page.ctx, { state, status: 422 });
      }
    });

    scope.post('/admin/summits/:summitId/recruitment/import', { preHandler: scope.csrfProtection }, async (request, reply) => {
      const summitId = summitIdOf(request);
      const page = await coordinatorPage(deps, request, reply, `/admin/summits/${summitId}/recruitment`);
      if (!page) return reply;
      const body = (request.body ?? {}) as MultipartBody;
      const file = body.file;
      try {
        if (!file || typeof file === 'string' || file.content.length === 0) throw new DomainError('import_empty');
        const rows = await readImportFile(file.fileName, file.content);
        const report = await importInvitations(deps, page.coordinator, summitId, rows, {
          defaultGroupId: typeof body.groupId === 'string' ? body.groupId : undefined, onlyValid: body.onlyValid === 'on', dryRun: false,
        });
        return show(request, reply, page.ctx, { report, status: report.invalid > 0 && report.imported === 0 ? 422 : 200 });
      } catch (error) {
        if (!isDomainError(error) || error.code === 'not_found') throw error;
        const state: FormState = { form: 'import', values: {}, errors: {}, general: [page.ctx.t.errors.codes[error.code] ?? page.ctx.t.errors.codes.validation_failed!] };
        return show(request, reply, page.ctx, { state, status: 422 });
      }
    });

    scope.get('/admin/summits/:summitId/outbox', async (request, reply) => {
      const page = await coordinatorPage(deps, request, reply);
      if (!page) return reply;
      const summitId = summitIdOf(request);
      const [summit, messages] = await Promise.all([getSummit(deps, summitId), listOutboxPage(deps, summitId, listField(queryOf(request.query), 'page', listFields.page))]);
      return sendPage(reply, renderPage(AdminOutboxPage({ ctx: page.ctx, summit, outbox: messages })));
    });

    scope.get('/admin/summits/:summitId/outbox/:messageId', async (request, reply) => {
      const page = await coordinatorPage(deps, request, reply);
      if (!page) return reply;
      const summitId = summitIdOf(request);
      const summit = await getSummit(deps, summitId);
      const message = await findOutboxMessage(deps, summitId, (request.params as { messageId: string }).messageId);
      return sendPage(reply, renderPage(AdminOutboxMessagePage({ ctx: page.ctx, summit, message })));
    });
  });
}
