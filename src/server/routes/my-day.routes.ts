// "Min dag" behind the participant's personal link (/i/{token}/min-dag): read-only, no login, the
// token is the credential; printable on one page.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { getMyDay } from '../../use-cases/print/get-my-day.ts';
import { renderPage } from '../../web/layout.tsx';
import { MyDayPage } from '../../web/pages/print/my-day.tsx';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';
import { sendPage } from './admin-form-handling.ts';
import { tokenRateLimit } from './api-registration.routes.ts';
import { readParams } from '../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });

export async function registerMyDayRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  app.get('/i/:token/min-dag', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const ctx = await pageContext(deps, request, reply);
    ctx.path = `/i/${token}/min-dag`;
    const view = await getMyDay(deps, token, ctx.t.print.myDay.qrLabel);
    return sendPage(reply.header('referrer-policy', 'no-referrer'), renderPage(MyDayPage({ ctx, view, back: `/i/${token}` })));
  });
}
