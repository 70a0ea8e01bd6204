// Who is asking: a coordinator by session cookie (pages) or by API token (JSON API). This is the
// only file that makes a CoordinatorAccess (use-cases/actor.ts), the proof every use case that
// changes a summit requires, so a route cannot forget to check who asks.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Coordinator } from '../domain/coordinator.ts';
import { DomainError } from '../domain/errors.ts';
import type { Deps } from '../ports.ts';
import type { CoordinatorAccess } from '../use-cases/actor.ts';
import { findCoordinatorByApiToken, findCoordinatorBySession } from '../use-cases/manage-coordinators.ts';

const granted = (coordinator: Coordinator): CoordinatorAccess => coordinator as CoordinatorAccess;

export const sessionCookie = 'samskab_session';

export async function coordinatorFromApiToken(deps: Deps, request: FastifyRequest): Promise<CoordinatorAccess> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new DomainError('unauthenticated');
  const found = await findCoordinatorByApiToken(deps, match[1]);
  if (!found) throw new DomainError('unauthenticated');
  // A read-only token reads: every method that can change something is refused.
  if (found.scope === 'read' && request.method !== 'GET' && request.method !== 'HEAD') throw new DomainError('forbidden');
  const { scope: _scope, ...coordinator } = found;
  return granted(coordinator);
}

export async function coordinatorFromSession(deps: Deps, request: FastifyRequest): Promise<CoordinatorAccess | undefined> {
  const token = request.cookies[sessionCookie];
  if (!token) return undefined;
  const coordinator = await findCoordinatorBySession(deps, token);
  return coordinator && granted(coordinator);
}

/** For pages: the coordinator, or a redirect to the login page (answered here). */
export async function requireCoordinatorPage(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<CoordinatorAccess | undefined> {
  const coordinator = await coordinatorFromSession(deps, request);
  if (!coordinator) {
    await reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return undefined;
  }
  return coordinator;
}

/**
 * For the JSON API: the coordinator its onRequest hook checked (coordinatorFromApiToken), or
 * unauthenticated for a route that is not behind that hook.
 */
export function apiAccess(request: FastifyRequest): CoordinatorAccess {
  if (!request.coordinator) throw new DomainError('unauthenticated');
  return request.coordinator;
}
