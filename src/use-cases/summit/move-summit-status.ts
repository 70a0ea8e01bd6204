// The one entry for a coordinator's status change: postponing and cancelling go through the
// lifecycle (everyone concerned is told); a postponed summit gets its date back only by a
// reschedule, which asks confirmed participants to re-confirm.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertTransition, type Summit, type SummitStatus } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import type { Access } from '../actor.ts';
import { cancelSummit } from '../lifecycle/cancel-summit.ts';
import { changeSummitStatus } from './change-summit-status.ts';
import { postponeSummit } from '../lifecycle/postpone-summit.ts';

/**
 * The summit, if moving it to `to` is allowed now, for a confirmation step before the change;
 * refused as moveSummitStatus would refuse it, so nobody is asked to confirm what must fail.
 */
export async function checkSummitStatusChange(deps: Deps, id: SummitId, to: SummitStatus): Promise<Summit> {
  const summit = await deps.db.stores.summits.find(id);
  if (!summit) throw new DomainError('not_found', { summitId: id });
  if (summit.status === 'postponed' && to === 'published') throw new DomainError('reschedule_required');
  assertTransition(summit.status, to, summit);
  return summit;
}

export async function moveSummitStatus(deps: Deps, access: Access, id: SummitId, to: SummitStatus, reason = ''): Promise<Summit> {
  if (to === 'postponed') return postponeSummit(deps, access, id, { reason });
  if (to === 'cancelled') return cancelSummit(deps, access, id, reason);
  const summit = await deps.db.stores.summits.find(id);
  if (summit?.status === 'postponed' && to === 'published') throw new DomainError('reschedule_required');
  return changeSummitStatus(deps, access, id, to, reason);
}
