import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { findUnstorableText } from '../domain/text.ts';

/**
 * Refuses, on every route, a request whose body, query or path holds text that cannot be stored (a
 * NUL byte, a lone surrogate): 422 `invalid_characters` in the API, the Danish message on pages.
 * It runs once the body is parsed and before validation, CSRF and the handler, so nothing is
 * stored and no route can forget it. Uploaded files are bytes here; the import reads their cells.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = findUnstorableText(request.body, 'body') ?? findUnstorableText(request.query, 'query') ?? findUnstorableText(request.params, 'params');
    if (field !== undefined) throw new DomainError('invalid_characters', { field });
  });
}
