// The summit report: the coordinator's page (/admin/summits/:id/report) with its PDF and DOCX, and
// GET /api/v1/summits/{summitId}/report.pdf for an API token (in Danish, for the council's agenda).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { renderFlowDocumentDocx } from '../../../exports/flow-document-docx.ts';
import { getSummitReport } from '../../../use-cases/report/get-summit-report.ts';
import { messagesFor } from '../../../web/i18n/messages.ts';
import { renderPage } from '../../../web/layout.tsx';
import { reportDocument } from '../../../web/pages/after-summit/report-document.ts';
import { ReportPage, reportUrl } from '../../../web/pages/after-summit/report-page.tsx';
import { idParam } from '../api-schemas.ts';
import { answers, pdfFile } from '../../api-responses.ts';
import type { AppContext } from '../../app.ts';
import { readParams } from '../../route-params.ts';
import { coordinatorPage, sendPage } from '../admin-form-handling.ts';
import { sendPdf } from '../api-print.routes.ts';
import { registerCoordinatorApi } from '../api-summits.routes.ts';

const params = idParam('summitId');

export async function registerReportRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const summitOf = (request: FastifyRequest) => readParams(params, request).summitId;

  app.get('/admin/summits/:summitId/report', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply, reportUrl(summitId));
    if (!page) return reply;
    return sendPage(reply, renderPage(ReportPage({ ctx: page.ctx, report: await getSummitReport(deps, summitId) })));
  });

  app.get('/admin/summits/:summitId/report.pdf', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPdf(reply, await deps.print.documentPdf(reportDocument(page.ctx, await getSummitReport(deps, summitId))), 'rapport.pdf');
  });

  app.get('/admin/summits/:summitId/report.docx', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const docx = await renderFlowDocumentDocx(reportDocument(page.ctx, await getSummitReport(deps, summitId)));
    return reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="rapport.docx"')
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(Buffer.from(docx));
  });

  await registerCoordinatorApi(app, context, (scope) => {
    scope.withTypeProvider<ZodTypeProvider>().get('/summits/:summitId/report.pdf', {
      schema: {
        tags: ['survey'], security: [{ bearer: [] }], params,
        summary: "The summit report (application/pdf, Danish) for the municipal council's agenda",
        response: answers({ 200: pdfFile('The report') }),
        description: 'Attendance against quota by stakeholder group and by area (from check-ins; from the confirmed when check-in was not used, as the report says), the published plan\'s measures in words, the feedback survey\'s charts and the merged list of proposals.',
      },
    }, async (request, reply) => {
      const report = await getSummitReport(deps, request.params.summitId);
      return sendPdf(reply, await deps.print.documentPdf(reportDocument({ t: messagesFor('da'), lang: 'da' }, report)), 'rapport.pdf');
    });
  });
}
