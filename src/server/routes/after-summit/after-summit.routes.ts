// Everything after the summit: the feedback survey (API, coordinator pages, the respondent's page)
// the table notes (the facilitator's page, the coordinator's merge into a list of proposals) and
// the summit report.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app.ts';
import { registerAdminSurveyRoutes } from './admin-survey.routes.ts';
import { registerApiSurveyRoutes } from './api-survey.routes.ts';
import { registerReportRoutes } from './report.routes.ts';
import { registerSurveyPageRoutes } from './survey-page.routes.ts';
import { registerTableNotesRoutes } from './table-notes.routes.ts';

export async function registerAfterSummitRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  await registerApiSurveyRoutes(app, context);
  await registerAdminSurveyRoutes(app, context);
  await registerSurveyPageRoutes(app, context);
  await registerTableNotesRoutes(app, context);
  await registerReportRoutes(app, context);
}
