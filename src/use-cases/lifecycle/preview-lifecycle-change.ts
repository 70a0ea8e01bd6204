// What a lifecycle change would tell, for its confirmation step: how many participants and
// organisations get a mail. Changes nothing; refuses, as the change itself would, a change the
// lifecycle does not allow, so the coordinator is not asked to confirm what must then fail.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertReschedulable, assertRescheduleValid, isConcernedBy, type LifecycleChange, type RescheduleInput } from '../../domain/lifecycle.ts';
import { assertTransition } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

export interface LifecycleAudience {
  participants: number;
  organisations: number;
}

/** Counts as the senders mail: concerned people and organisations with an address (queueMail skips the rest). */
export async function previewLifecycleChange(deps: Deps, summitId: SummitId, change: LifecycleChange, reschedule?: RescheduleInput): Promise<LifecycleAudience> {
  const { stores } = deps.db;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  // Postponing a postponed summit only edits its reason, and cancelling twice is cancelling once: nobody is told twice.
  if ((change === 'postponed' && summit.status === 'postponed') || (change === 'cancelled' && summit.status === 'cancelled')) return { participants: 0, organisations: 0 };
  if (change === 'rescheduled') {
    assertReschedulable(summit.status);
    if (reschedule) assertRescheduleValid(reschedule, deps.clock.now());
  } else {
    assertTransition(summit.status, change, summit);
  }
  const invitations = await stores.invitations.listSummaries(summitId);
  const organisations = await stores.organisations.list(summitId);
  return {
    participants: invitations.filter((i) => isConcernedBy(change, i.status) && i.email.trim() !== '').length,
    organisations: organisations.filter((o) => o.contactEmail).length,
  };
}
