import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { isDomainError, type ErrorCode } from '../domain/errors.ts';
import { MessagePage } from '../web/pages/message-page.tsx';
import { renderPage } from '../web/layout.tsx';
import type { AppContext } from './app.ts';
import { statusForCode, type ApiErrorCode } from './http-errors.ts';
import { en } from '../web/i18n/en.ts';
import { messagesFor } from '../web/i18n/messages.ts';
import { pageContext } from './page-context.ts';

export const isApiRequest = (request: FastifyRequest) => request.url.startsWith('/api/');

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export function sendApiError(reply: FastifyReply, status: number, error: ApiError) {
  return reply.status(status).type('application/json').send(error);
}

type ErrorPageKind = 'notFound' | 'csrf' | 'server' | 'rateLimited' | 'invalid' | { code: ErrorCode };

async function sendErrorPage(context: AppContext, request: FastifyRequest, reply: FastifyReply, status: number, kind: ErrorPageKind) {
  const ctx = await pageContext(context.deps, request, reply).catch(() => undefined);
  if (!ctx) return reply.status(status).type('text/plain').send('Fejl');
  const text = typeof kind === 'object' ? ctx.t.errors.codes[kind.code] ?? ctx.t.errors.server
    : kind === 'rateLimited' ? ctx.t.login.rateLimited : kind === 'invalid' ? ctx.t.errors.codes.validation_failed ?? ctx.t.errors.invalid : ctx.t.errors[kind];
  return reply.status(status).type('text/html').send(renderPage(MessagePage({ ctx, title: text, paragraphs: [] })));
}

/**
 * Errors Fastify's router raises before any route or hook runs: a path segment over
 * `maxParamLength` (no id or token is that long, so not_found) or a path that cannot be decoded
 * (bad_request). Answered in the catalogue's shape, without echoing the path; the page is Danish,
 * as cookies are not read yet.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 404 : 400;
  if (isApiRequest(request)) {
    return sendApiError(reply, status, tooLong
      ? { code: 'not_found', message: 'No such resource: a path segment is longer than any id.' }
      : { code: 'bad_request', message: 'The path cannot be read.' });
  }
  const t = messagesFor('da');
  const title = tooLong ? t.errors.notFound : t.errors.codes.validation_failed ?? t.errors.invalid;
  return reply.status(status).type('text/html').send(renderPage(MessagePage({ ctx: { lang: 'da', t, path: '/', csrfToken: '' }, title, paragraphs: [] })));
}

export function registerErrorHandling(app: FastifyInstance, context: AppContext): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const api = isApiRequest(request);
    if (isDomainError(error)) {
      const status = statusForCode(error.code);
      if (api) return sendApiError(reply, status, { code: error.code, message: en.errors.codes[error.code] ?? error.message, details: error.details });
      // A 4xx says what was wrong in the visitor's language; the form pages catch most codes themselves.
      return sendErrorPage(context, request, reply, status, status === 404 ? 'notFound' : status < 500 ? { code: error.code } : 'server');
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({ path: v.instancePath, message: v.message, params: v.params }));
      return sendApiError(reply, 422, { code: 'validation_failed', message: 'The request does not match the schema.', details });
    }
    if (error instanceof ZodError) {
      // A form field only a hand-edited form can get wrong (a hidden id, a choice): refused before
      // anything changed. Not a bug, so no stack trace in the log.
      request.log.info({ issues: error.issues.length }, 'Refused a request that does not match its schema');
      const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      if (api) return sendApiError(reply, 422, { code: 'validation_failed', message: 'The request does not match the schema.', details });
      return sendErrorPage(context, request, reply, 422, 'invalid');
    }
    if (error.statusCode === 429) {
      if (api) return sendApiError(reply, 429, { code: 'rate_limited', message: 'Too many requests.' });
      return sendErrorPage(context, request, reply, 429, 'rateLimited');
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      if (api) return sendApiError(reply, 403, { code: 'csrf_failed', message: 'Missing or invalid CSRF token.' });
      return sendErrorPage(context, request, reply, 403, 'csrf');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      if (api) return sendApiError(reply, error.statusCode, { code: error.statusCode === 415 ? 'unsupported_media_type' : 'bad_request', message: error.message });
      return sendErrorPage(context, request, reply, error.statusCode, 'notFound');
    }
    if (context.deps.db.isUnavailable(error)) {
      // The database is away (a restart, a failover): say so, and let clients try again shortly.
      request.log.warn(`Database unavailable: ${error.message}`);
      reply.header('retry-after', '5');
      if (api) return sendApiError(reply, 503, { code: 'database_unavailable', message: 'The database cannot be reached just now; try again shortly.' });
      return sendErrorPage(context, request, reply, 503, 'server');
    }
    request.log.error(error);
    if (api) return sendApiError(reply, 500, { code: 'internal_error', message: 'Internal error.' });
    return sendErrorPage(context, request, reply, 500, 'server');
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendApiError(reply, 404, { code: 'not_found', message: 'No such resource.' });
    return sendErrorPage(context, request, reply, 404, 'notFound');
  });
}
