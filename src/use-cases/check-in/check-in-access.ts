// Who may check people in at a summit's door: a coordinator (API token) or a helper with a live
// check-in link of that very summit. Both arrive as `Authorization: Bearer <token>`.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import type { Actor } from '../actor.ts';
import { findCoordinatorByApiToken } from '../manage-coordinators.ts';

export interface DoorAccess {
  actor: Actor;
  /** A check-in link's rights end at checking in; a coordinator's do not. */
  via: 'coordinator' | 'check-in-link';
}

/** The access a bearer token gives at this summit's door; `unauthenticated` when none. */
export async function doorAccess(deps: Deps, summitId: SummitId, token: string, writes = true): Promise<DoorAccess> {
  const coordinator = await findCoordinatorByApiToken(deps, token);
  // A read-only coordinator token reads at the door but checks nobody in.
  if (coordinator?.scope === 'read' && writes) throw new DomainError('forbidden');
  if (coordinator) return { actor: `coordinator:${coordinator.id}`, via: 'coordinator' };
  const link = await deps.db.stores.checkIns.findActiveLink(deps.tokens.hash(token), deps.clock.now());
  // A link of another summit is no link here; the same answer as an unknown token.
  if (!link || link.summitId !== summitId) throw new DomainError('unauthenticated');
  return { actor: `check-in-link:${link.id}`, via: 'check-in-link' };
}

