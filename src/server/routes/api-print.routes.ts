// The printed matter of the summit day through the JSON API: badges (all, one late reprint, or the
// outdated ones again) and which printed badges a re-plan has made outdated. Bearer-token routes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badgeLayouts } from '../../domain/badge.ts';
import type { SummitId } from '../../domain/ids.ts';
import { outdatedBadges } from '../../use-cases/print/outdated-badges.ts';
import { printBadges } from '../../use-cases/print/print-badges.ts';
import type { AppContext } from '../app.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';

const security = [{ bearer: [] }];
const tags = ['printing'];
const summitParam = z.object({ summitId: z.string().min(1).max(100) });
const layoutQuery = z.object({
  layout: z.enum(badgeLayouts).default('a4-2x4').describe('a4-2x4: 2×4 badges of 90×55 mm on A4; a6: four A6 badges on A4'),
});

const actorOf = (request: FastifyRequest) => `coordinator:${request.coordinator!.id}` as const;

/** A PDF shown in the browser (and printed from there), named for a download. */
export function sendPdf(reply: FastifyReply, pdf: Uint8Array, fileName: string) {
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'no-store').send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
}

export async function registerApiPrintRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.get('/summits/:summitId/badges.pdf', {
      schema: {
        tags, security, params: summitParam,
        querystring: layoutQuery.extend({ outdated: z.enum(['true', 'false']).optional().describe('true: only the badges a re-plan has made outdated') }),
        summary: 'Badges of every confirmed participant (application/pdf), in the order of GET /summits/{summitId}/invitations',
        description: 'Each badge shows the name, group, organisation or area, the table of each round of the published plan, a QR code holding the check-in code as plain text, a facilitator mark and a no-photo mark where photos are not consented to. Every badge printed is put on record, so a re-plan can flag it as outdated.',
      },
    }, async (request, reply) => {
      const summitId = request.params.summitId as SummitId;
      const invitationIds = request.query.outdated === 'true' ? (await outdatedBadges(deps, summitId)).map((b) => b.invitationId) : undefined;
      const { pdf } = await printBadges(deps, actorOf(request), summitId, { layout: request.query.layout, invitationIds });
      return sendPdf(reply, pdf, 'navneskilte.pdf');
    });
    api.get('/summits/:summitId/invitations/:invitationId/badge.pdf', {
      schema: {
        tags, security, params: summitParam.extend({ invitationId: z.string().min(1).max(100) }), querystring: layoutQuery,
        summary: "One participant's badge for a late reprint (application/pdf), in the first place of the sheet; 409 with the reason when the person has no confirmed seat",
      },
    }, async (request, reply) => {
      const { pdf } = await printBadges(deps, actorOf(request), request.params.summitId as SummitId, { layout: request.query.layout, invitationIds: [request.params.invitationId] });
      return sendPdf(reply, pdf, 'navneskilt.pdf');
    });
    api.get('/summits/:summitId/badges/outdated', {
      schema: { tags, security, params: summitParam, summary: 'Printed badges whose tables differ from the published plan (a re-plan moved the person): reprint them' },
    }, async (request) => outdatedBadges(deps, request.params.summitId as SummitId));
  });
}
