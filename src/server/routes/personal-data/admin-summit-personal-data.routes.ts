// A summit's personal-data page (the 14-day warning mail links here): the retention schedule, a
// change of the retention period (the rule of PATCH /api/v1/summits/{id}), the archive copy as
// Excel or JSON, and the one postponement with a reason.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idField } from '../../route-params.ts';
import type { SummitId } from '../../../domain/ids.ts';
import type { Deps } from '../../../ports.ts';
import { renderSummitArchiveXlsx } from '../../../exports/summit-archive-xlsx.ts';
import { exportSummitArchive } from '../../../use-cases/personal-data/export-summit-archive.ts';
import { changeRetentionDays, getRetention, postponeRetention } from '../../../use-cases/personal-data/summit-retention.ts';
import { renderPage } from '../../../web/layout.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { AdminPersonalDataPage, personalDataPath } from '../../../web/pages/personal-data/admin-personal-data.tsx';
import type { FormState } from '../../../web/pages/admin-shell.tsx';
import { getSummit } from '../../../use-cases/summit/list-summits.ts';
import type { AppContext } from '../../app.ts';
import { coordinatorPage, formInt, savedFlag, sendPage, submitForm } from '../admin-form-handling.ts';
import { summitCreateBody } from '../api-schemas.ts';
import { postponeRetentionBody } from './api-personal-data.routes.ts';

const summitParams = z.object({ summitId: idField.summit });
const archiveParams = summitParams.extend({ format: z.enum(['xlsx', 'json']) });
const retentionForm = z.object({ retentionDays: formInt(summitCreateBody.shape.retentionDays.unwrap()) });
const postponeForm = z.object({ days: formInt(postponeRetentionBody.shape.days), reason: postponeRetentionBody.shape.reason });

async function pageHtml(deps: Deps, ctx: PageContext, summitId: SummitId, saved: boolean, state?: FormState): Promise<string> {
  const summit = await getSummit(deps, summitId);
  return renderPage(AdminPersonalDataPage({ ctx, summit, retention: await getRetention(deps, summitId), saved, ...(state ? { state } : {}) }));
}

export async function registerAdminSummitPersonalDataRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  const summitOf = (request: FastifyRequest) => summitParams.parse(request.params).summitId;

  app.get('/admin/summits/:summitId/personal-data', async (request, reply) => {
    const summitId = summitOf(request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await pageHtml(deps, page.ctx, summitId, savedFlag(request)));
  });

  app.post('/admin/summits/:summitId/personal-data/retention', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    return submitForm({
      deps, request, reply, form: 'retention', page: personalDataPath(summitId), schema: retentionForm,
      labels: (t) => ({ retentionDays: t.retention.change.days }),
      save: async (data, coordinator) => { await changeRetentionDays(deps, coordinator, summitId, data.retentionDays); },
      render: (ctx, state) => pageHtml(deps, ctx, summitId, false, state),
    });
  });

  app.post('/admin/summits/:summitId/personal-data/postpone', { preHandler: app.csrfProtection }, async (request, reply) => {
    const summitId = summitOf(request);
    return submitForm({
      deps, request, reply, form: 'postpone', page: personalDataPath(summitId), schema: postponeForm,
      labels: (t) => ({ days: t.retention.postpone.days, reason: t.retention.postpone.reason }),
      save: async (data, coordinator) => { await postponeRetention(deps, coordinator, summitId, data); },
      render: (ctx, state) => pageHtml(deps, ctx, summitId, false, state),
    });
  });

  app.get('/admin/summits/:summitId/personal-data/archive.:format', async (request, reply) => {
    const { summitId, format } = archiveParams.parse(request.params);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const archive = await exportSummitArchive(deps, page.coordinator, summitId);
    reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="arkiv-${summitId.slice(0, 8)}.${format}"`);
    if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(archive, null, 2));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await renderSummitArchiveXlsx(archive, page.ctx.t.retention.workbook));
  });
}
