import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError } from '../domain/errors.ts';

/**
 * A page route's path parameters, checked by `schema`. A token or id that does not match names
 * nothing that exists, so it is `not_found` (the usual 404 page), never a thrown ZodError (a 500
 * with a stack trace in the log, for anyone who shortens a link).
 */
export function readParams<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw new DomainError('not_found');
  return parsed.data;
}
