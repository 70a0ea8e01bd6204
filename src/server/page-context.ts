import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CoordinatorAccess } from '../use-cases/actor.ts';
import { idField } from './route-params.ts';
import type { Deps } from '../ports.ts';
import { findRetentionWarning } from '../use-cases/personal-data/summit-retention.ts';
import { messagesFor, type Language } from '../web/i18n/messages.ts';
import { brandingOf, type Branding } from '../web/branding.ts';
import { currentBranding } from '../use-cases/branding/current-branding.ts';
import type { PageContext } from '../web/layout.tsx';
import { coordinatorFromSession } from './access.ts';

export const languageCookie = 'samskab_lang';

/** Danish unless the visitor chose English (?lang=en, remembered in a cookie). */
export function languageOf(request: FastifyRequest, reply: FastifyReply): Language {
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  if (query === 'da' || query === 'en') {
    reply.setCookie(languageCookie, query, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86400 });
    return query;
  }
  return request.cookies[languageCookie] === 'en' ? 'en' : 'da';
}

export async function pageContext(deps: Deps, request: FastifyRequest, reply: FastifyReply, coordinator?: CoordinatorAccess): Promise<PageContext> {
  const lang = languageOf(request, reply);
  const who = coordinator ?? await coordinatorFromSession(deps, request);
  // A summit's coordinator pages carry its :summitId; each shows the notice when deletion is near.
  const summitId = idField.summit.safeParse((request.params as Record<string, unknown> | undefined)?.summitId);
  const [retentionDue, brand] = await Promise.all([
    who && summitId.success ? findRetentionWarning(deps, summitId.data) : undefined,
    currentBranding(deps),
  ]);
  return {
    lang,
    t: messagesFor(lang),
    path: request.url,
    csrfToken: reply.csrfToken(),
    coordinator: who ? { email: who.email, name: who.name } : undefined,
    brand: brandingOf(brand),
    retentionDue,
  };
}

/**
 * The context of a page any visitor may be shown, rendered with `csrfToken` standing in for theirs;
 * `branding` is currentBranding's, whose version belongs in the key of any page kept rendered.
 */
export function anonymousPageContext(request: FastifyRequest, reply: FastifyReply, csrfToken: string, branding: Partial<Branding> | undefined): PageContext {
  const lang = languageOf(request, reply);
  return { lang, t: messagesFor(lang), path: request.url, csrfToken, coordinator: undefined, brand: brandingOf(branding) };
}
