// The helper's check-in page behind a check-in link (/checkin/{token}), and the QR decoder it
// loads. The page itself holds no data: check-in.js fetches the roster and counts from the API with
// the same token. An unknown, revoked or expired link is one and the same 404.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isDomainError } from '../../domain/errors.ts';
import { openCheckInPage } from '../../use-cases/check-in/open-check-in-page.ts';
import { renderPage } from '../../web/layout.tsx';
import { CheckInPage } from '../../web/pages/summit-day/check-in-page.tsx';
import { MessagePage } from '../../web/pages/message-page.tsx';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';
import { registerQrDecoderAssets } from '../qr-decoder-assets.ts';
import { sendPage } from './admin-form-handling.ts';
import { tokenRateLimit } from './api-registration.routes.ts';
import { readParams } from '../route-params.ts';

const tokenParams = z.object({ token: z.string().min(16).max(200) });

/** The app's policy with WebAssembly allowed: the QR decoder is ZXing-C++ compiled to wasm. */
function withWasm(policy: string): string {
  return policy.split(';').map((d) => (d.trim().startsWith('script-src') ? `${d.trim()} 'wasm-unsafe-eval'` : d.trim())).join(';');
}

export async function registerCheckInPageRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerQrDecoderAssets(app);
  app.get('/checkin/:token', { config: tokenRateLimit }, async (request, reply) => {
    const { token } = readParams(tokenParams, request);
    const ctx = await pageContext(deps, request, reply);
    try {
      const view = await openCheckInPage(deps, token);
      ctx.path = `/checkin/${token}`;
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') reply.header('content-security-policy', withWasm(policy));
      return sendPage(reply.header('referrer-policy', 'no-referrer'), renderPage(CheckInPage({ ctx, view })));
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'not_found') throw error;
      return sendPage(reply, renderPage(MessagePage({ ctx, title: ctx.t.checkIn.page.title, paragraphs: [ctx.t.checkIn.page.linkGone] })), 404);
    }
  });
}
