// A participant's tables behind their personal link (/i/{token}/bord): their table per round of the
// published plan; a facilitator also sees who sits at their table. Read-only, no login.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { participantPath } from '../../use-cases/personal-links.ts';
import { getParticipantTables } from '../../use-cases/seating/get-participant-tables.ts';
import { renderPage } from '../../web/layout.tsx';
import { TableViewPage } from '../../web/pages/table-view.tsx';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';
import { sendPage } from './admin-form-handling.ts';
import { tokenRateLimit } from './api-registration.routes.ts';
import { readParams } from '../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });

export async function registerTableViewRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  app.get('/i/:token/bord', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const view = await getParticipantTables(deps, token);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = `${participantPath(token)}/bord`;
    return sendPage(reply.header('referrer-policy', 'no-referrer'), renderPage(TableViewPage({ ctx, view, back: participantPath(token) })));
  });
}
