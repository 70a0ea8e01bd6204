// The CSRF tokens that pages put in their forms: made by deps.csrf (system/csrf-tokens.ts,
// cheaper than @fastify/csrf-protection's generateCsrf) in the format that plugin's check reads, so
// app.csrfProtection still refuses every form without the token of the visitor's own secret.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { CsrfTokens } from '../ports.ts';

/** The cookie that holds a visitor's CSRF secret (@fastify/csrf-protection's default name). */
export const csrfCookie = '_csrf';

declare module 'fastify' {
  interface FastifyReply {
    /** The CSRF token for the page's forms, setting the visitor's secret cookie when they have none. */
    csrfToken(): string;
  }
}

/** Gives every reply csrfToken(), with the secret cookie set with `cookieOptions` (as the check's plugin was given). */
export function registerCsrfTokens(app: FastifyInstance, tokens: CsrfTokens, cookieOptions: CookieSerializeOptions): void {
  app.decorateReply('csrfToken', function csrfToken(this: FastifyReply) {
    let secret = this.request.cookies[csrfCookie];
    if (!secret) {
      secret = tokens.newSecret();
      this.setCookie(csrfCookie, secret, cookieOptions);
    }
    return tokens.tokenFor(secret);
  });
}
