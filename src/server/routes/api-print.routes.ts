// The printed matter of the summit day through the JSON API: badges (all, one late reprint, or the
// outdated ones again), which printed badges a re-plan has made outdated, table cards with the
// facilitators' sheets, and the round questions those sheets carry. Bearer-token routes.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badgeLayouts } from '../../domain/badge.ts';
import { seatingLimits } from '../../domain/seating-plan.ts';
import { roundQuestionMaxLength } from '../../domain/table-card.ts';
import { getRoundQuestions } from '../../use-cases/print/get-round-questions.ts';
import { outdatedBadges } from '../../use-cases/print/outdated-badges.ts';
import { printBadges } from '../../use-cases/print/print-badges.ts';
import { printTableCards } from '../../use-cases/print/print-table-cards.ts';
import { saveRoundQuestions } from '../../use-cases/print/save-round-questions.ts';
import type { AppContext } from '../app.ts';
import { idParam } from './api-schemas.ts';
import { answers, outdatedBadgeShape, pdfFile, roundQuestionsShape } from '../api-responses.ts';
import { registerCoordinatorApi } from './api-summits.routes.ts';
import { apiAccess } from '../access.ts';

const security = [{ bearer: [] }];
const tags = ['printing'];
const summitParam = idParam('summitId');
const layoutQuery = z.object({
  layout: z.enum(badgeLayouts).default('a4-2x4').describe('a4-2x4: 2×4 badges of 90×55 mm on A4; a6: four A6 badges on A4'),
});


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
        response: answers({ 200: pdfFile('The badges, A4 sheets') }),
        description: 'Each badge shows the name, group, organisation or area, the table of each round of the published plan, a QR code holding the check-in code as plain text, a facilitator mark and a no-photo mark where photos are not consented to. Every badge printed is put on record, so a re-plan can flag it as outdated.',
      },
    }, async (request, reply) => {
      const summitId = request.params.summitId;
      const invitationIds = request.query.outdated === 'true' ? (await outdatedBadges(deps, summitId)).map((b) => b.invitationId) : undefined;
      const { pdf } = await printBadges(deps, apiAccess(request), summitId, { layout: request.query.layout, invitationIds });
      return sendPdf(reply, pdf, 'navneskilte.pdf');
    });
    api.get('/summits/:summitId/invitations/:invitationId/badge.pdf', {
      schema: {
        tags, security, params: summitParam.extend({ invitationId: z.string().min(1).max(100) }), querystring: layoutQuery,
        summary: "One participant's badge for a late reprint (application/pdf), in the first place of the sheet; 409 with the reason when the person has no confirmed seat",
        response: answers({ 200: pdfFile('The badge on an A4 sheet') }),
      },
    }, async (request, reply) => {
      const { pdf } = await printBadges(deps, apiAccess(request), request.params.summitId, { layout: request.query.layout, invitationIds: [request.params.invitationId] });
      return sendPdf(reply, pdf, 'navneskilt.pdf');
    });
    api.get('/summits/:summitId/badges/outdated', {
      schema: { tags, security, params: summitParam, summary: 'Printed badges whose tables differ from the published plan (a re-plan moved the person): reprint them',
        response: answers({ 200: z.array(outdatedBadgeShape) }) },
    }, async (request) => outdatedBadges(deps, request.params.summitId));
    api.get('/summits/:summitId/table-cards.pdf', {
      schema: {
        tags, security, params: summitParam,
        summary: "Table cards and facilitators' sheets of the published plan (application/pdf); 422 seating_plan_not_published before one is published",
        response: answers({ 200: pdfFile('The table cards, then the facilitators’ sheets') }),
        description: 'First a folded card per table with its name large (A4 landscape, fold along the dashed line), then per table and round a sheet for its facilitator: the round\'s question and who sits there, with group, area and any accessibility need.',
      },
    }, async (request, reply) => sendPdf(reply, await printTableCards(deps, request.params.summitId), 'bordkort.pdf'));
    api.get('/summits/:summitId/round-questions', {
      schema: { tags, security, params: summitParam, summary: "The question or theme of each round (round 1 first), printed on the facilitators' sheets",
        response: answers({ 200: roundQuestionsShape }) },
    }, async (request) => ({ questions: await getRoundQuestions(deps, request.params.summitId) }));
    api.put('/summits/:summitId/round-questions', {
      schema: {
        tags, security, params: summitParam, summary: 'Write the question or theme of each round (round 1 first; an empty string for a round without one)',
        body: z.object({ questions: z.array(z.string().max(roundQuestionMaxLength)).max(seatingLimits.maxRounds) }),
        response: answers({ 200: roundQuestionsShape }),
      },
    }, async (request) => ({ questions: await saveRoundQuestions(deps, apiAccess(request), request.params.summitId, request.body.questions) }));
  });
}
