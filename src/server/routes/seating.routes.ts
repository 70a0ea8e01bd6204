// Registers every table-plan route (JSON API, coordinator pages, participants' table view) around
// the app's planning runner; closing the app stops its jobs, each keeping its best plan.
import type { FastifyInstance } from 'fastify';
import type { PlanRunner } from '../../ports.ts';
import type { AppContext } from '../app.ts';
import { registerAdminSeatingRoutes } from './admin-seating.routes.ts';
import { registerApiSeatingRoutes } from './api-seating.routes.ts';
import { registerApiCheckInRoutes } from './api-check-in.routes.ts';
import { registerAdminSummitDayRoutes } from './admin-summit-day.routes.ts';
import { registerTableViewRoutes } from './table-view.routes.ts';

export async function registerSeatingRoutes(app: FastifyInstance, context: AppContext, runner: PlanRunner): Promise<void> {
  app.addHook('onClose', async () => { await runner.stopAll(); });
  await registerApiSeatingRoutes(app, context, runner);
  await registerAdminSeatingRoutes(app, context, runner);
  await registerTableViewRoutes(app, context);
  // The summit day re-plans through the same runner.
  await registerApiCheckInRoutes(app, context, runner);
  await registerAdminSummitDayRoutes(app, context, runner);
}
