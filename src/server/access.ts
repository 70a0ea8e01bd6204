// Who is asking: a coordinator by session cookie (pages) or by API token (JSON API). The branded
// CoordinatorAccess can only be made here, so a route cannot forget to check it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Coordinator } from '../domain/coordinator.ts';
import { DomainError } from '../domain/errors.ts';
import type { Deps } from '../ports.ts';
import { findCoordinatorByApiToken, findCoordinatorBySession } from '../use-cases/manage-coordinators.ts';

declare const accessBrand: unique symbol;
export type CoordinatorAccess = Coordinator & { readonly [accessBrand]: true };

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
  return coordinator as CoordinatorAccess;
}

export async function coordinatorFromSession(deps: Deps, request: FastifyRequest): Promise<CoordinatorAccess | undefined> {
  const token = request.cookies[sessionCookie];
  if (!token) return undefined;
  const coordinator = await findCoordinatorBySession(deps, token);
  return coordinator as CoordinatorAccess | undefined;
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
