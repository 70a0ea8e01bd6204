// The summit's front page for the coordinator (/admin/summits/:id/dashboard): read-only, one use case.
import type { FastifyInstance } from 'fastify';
import { getSummitDashboard } from '../../use-cases/summit/get-summit-dashboard.ts';
import { renderPage } from '../../web/layout.tsx';
import { AdminDashboardPage } from '../../web/pages/admin-dashboard.tsx';
import { idParam } from './api-schemas.ts';
import type { AppContext } from '../app.ts';
import { readParams } from '../route-params.ts';
import { coordinatorPage, sendPage } from './admin-form-handling.ts';

const params = idParam('summitId');

export async function registerAdminDashboardRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  app.get('/admin/summits/:summitId/dashboard', async (request, reply) => {
    const { summitId } = readParams(params, request);
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const view = await getSummitDashboard(deps, summitId);
    return sendPage(reply, renderPage(AdminDashboardPage({ ctx: page.ctx, view })));
  });
}
