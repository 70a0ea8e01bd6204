// Personal data through the JSON API: a summit's retention schedule and its one postponement, one
// person's access export (JSON, or a readable PDF) and their erasure. Bearer-token (coordinator) routes.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxRetentionPostponementDays } from '../../../domain/personal-data/retention.ts';
import { renderPersonalDataPdf } from '../../../exports/personal-data-pdf.ts';
import { erasePerson } from '../../../use-cases/personal-data/erase-person.ts';
import { exportPerson, type PersonalDataExport } from '../../../use-cases/personal-data/export-person.ts';
import { getRetention, postponeRetention } from '../../../use-cases/personal-data/summit-retention.ts';
import { da } from '../../../web/i18n/da.ts';
import { en } from '../../../web/i18n/en.ts';
import type { AppContext } from '../../app.ts';
import { idParam } from '../api-schemas.ts';
import { answers, fileBytes, noContent, personalDataShape, retentionShape } from '../../api-responses.ts';
import { registerCoordinatorApi } from '../api-summits.routes.ts';
import { apiAccess } from '../../access.ts';

const security = [{ bearer: [] }];
const tags = ['personal data'];

export const postponeRetentionBody = z.object({
  days: z.number().int().min(1).max(maxRetentionPostponementDays),
  reason: z.string().trim().min(1).max(1000),
});

export const erasureBody = z.object({
  reason: z.string().trim().min(1).max(1000).describe('Why the person is erased (e.g. "anmodning om sletning"); recorded in the audit log, so name no one'),
});
const invitationParam = z.object({ invitationId: z.string().min(1).max(100) });
const exportQuery = z.object({ format: z.enum(['json', 'pdf']).default('json'), lang: z.enum(['da', 'en']).default('da') });

/** The export's sections in reading order: who and where first, then each kind of stored data. */
export function exportSections(data: PersonalDataExport): [string, unknown][] {
  const { invitation, ...rest } = data.held;
  return [
    ['person', { summit: data.summit.title, group: data.group, organisation: data.organisation, area: data.area }],
    ['invitation', invitation], ['tables', data.tables], ...Object.entries(rest),
  ];
}

export function personalDataPdf(data: PersonalDataExport, language: 'da' | 'en'): Promise<Buffer> {
  return renderPersonalDataPdf({ summitTitle: data.summit.title, exportedAt: data.exportedAt, sections: exportSections(data) }, (language === 'en' ? en : da).personalData.pdf);
}

export async function registerApiPersonalDataRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.get('/summits/:summitId/retention', {
      schema: { tags, security, summary: "When the summit's personal data is deleted: retentionDays after it was closed or cancelled, plus a postponement", params: idParam('summitId'), response: answers({ 200: retentionShape }) },
    }, async (request) => getRetention(deps, request.params.summitId));
    api.post('/summits/:summitId/retention/postpone', {
      schema: { tags, security, summary: 'Postpone the deletion once, by whole days, with a reason (logged); a second time answers 409 retention_already_postponed', params: idParam('summitId'), body: postponeRetentionBody, response: answers({ 200: retentionShape }) },
    }, async (request) => postponeRetention(deps, apiAccess(request), request.params.summitId, request.body));

    api.get('/invitations/:invitationId/personal-data', {
      schema: { tags, security, summary: 'Everything held about one person (access request): JSON, or with format=pdf a readable PDF (Danish, or lang=en)', params: invitationParam, querystring: exportQuery,
        response: answers({ 200: { description: 'The export: JSON, or the PDF with format=pdf', content: { 'application/json': { schema: personalDataShape }, 'application/pdf': { schema: fileBytes } } } }) },
    }, async (request, reply) => {
      const data = await exportPerson(deps, request.params.invitationId);
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'json') return data;
      return reply.type('application/pdf').header('content-disposition', 'attachment; filename="personoplysninger.pdf"').send(await personalDataPdf(data, request.query.lang));
    });

    api.delete('/invitations/:invitationId', {
      schema: { tags, security, summary: 'Erase one person now (204): a held seat is freed and refilled from the waiting list, every personal field is deleted, the reason is logged', params: invitationParam, body: erasureBody, response: answers({ 204: noContent }) },
    }, async (request, reply) => {
      await erasePerson(deps, apiAccess(request), request.params.invitationId, request.body.reason);
      return reply.status(204).send();
    });
  });
}
