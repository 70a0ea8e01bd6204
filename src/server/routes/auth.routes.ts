import type { FastifyInstance } from 'fastify';
import { isDomainError } from '../../domain/errors.ts';
import { logIn, logOut } from '../../use-cases/manage-coordinators.ts';
import { renderPage } from '../../web/layout.tsx';
import { LoginPage } from '../../web/pages/login.tsx';
import { sessionCookie } from '../access.ts';
import type { AppContext } from '../app.ts';
import { pageContext } from '../page-context.ts';

/** Only local paths are followed after login, so the form cannot be used to redirect elsewhere. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/admin';
}

export async function registerAuthRoutes(app: FastifyInstance, { deps, secureCookies }: AppContext): Promise<void> {
  app.get('/login', async (request, reply) => {
    const ctx = await pageContext(deps, request, reply);
    const query = request.query as Record<string, string>;
    const message = query.loggedOut ? ctx.t.login.loggedOut : undefined;
    return reply.type('text/html').send(renderPage(LoginPage({ ctx, email: '', next: safeNext(query.next), errors: {}, message })));
  });

  app.post('/login', {
    preHandler: app.csrfProtection,
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string>;
    const email = String(body.email ?? '').slice(0, 320);
    const password = String(body.password ?? '').slice(0, 1000);
    try {
      const { sessionToken, expiresAt } = await logIn(deps, email, password);
      // A fresh session token at every login: a token planted before login is worthless.
      const old = request.cookies[sessionCookie];
      if (old) await logOut(deps, old);
      reply.setCookie(sessionCookie, sessionToken, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies, expires: new Date(expiresAt) });
      return reply.redirect(safeNext(body.next), 303);
    } catch (error) {
      if (!isDomainError(error) || (error.code !== 'invalid_credentials' && error.code !== 'rate_limited')) throw error;
      const ctx = await pageContext(deps, request, reply);
      const locked = error.code === 'rate_limited';
      // The same answer for an account that exists and one that does not.
      if (locked) reply.header('retry-after', String(error.details.retryAfterSeconds ?? 60));
      const errors = { email: locked ? ctx.t.login.accountLocked : ctx.t.login.failed };
      return reply.status(locked ? 429 : 401).type('text/html').send(renderPage(LoginPage({ ctx, email, next: safeNext(body.next), errors })));
    }
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
    const token = request.cookies[sessionCookie];
    if (token) await logOut(deps, token);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.redirect('/login?loggedOut=1', 303);
  });
}
