// A summit's retention schedule as the coordinator sees it, and its one postponement (with a
// reason, in the audit log). The deletion itself is purge-personal-data.ts.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertRetentionPostponement, isRetentionWarningDue, retentionDueAt, type RetentionState } from '../../domain/personal-data/retention.ts';
import type { Deps } from '../../ports.ts';
import type { Actor } from '../actor.ts';

export interface RetentionView extends RetentionState {
  /** When the personal data goes; null while the summit has not ended. */
  dueAt: string | null;
  /** Whether the 14-day notice shows (the deletion is near and has not happened). */
  warning: boolean;
}

const view = (state: RetentionState, now: string): RetentionView => ({
  ...state, dueAt: retentionDueAt(state), warning: !state.purgedAt && isRetentionWarningDue(state, now),
});

export async function getRetention(deps: Deps, summitId: SummitId): Promise<RetentionView> {
  if (!(await deps.db.stores.summits.find(summitId))) throw new DomainError('not_found');
  return view(await deps.db.stores.personalData.findRetention(summitId), deps.clock.now());
}

export async function postponeRetention(deps: Deps, actor: Actor, summitId: SummitId, input: { days: number; reason: string }): Promise<RetentionView> {
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found');
    const state = await stores.personalData.lockRetention(summitId);
    assertRetentionPostponement(state, input.days, input.reason);
    const reason = input.reason.trim();
    if (!(await stores.personalData.postpone(summitId, input.days, reason, now))) throw new DomainError('retention_already_postponed');
    const after = await stores.personalData.findRetention(summitId);
    await stores.audit.append({ action: 'summit.retention_postponed', actor, summitId, subjectType: 'summit', subjectId: summitId,
      data: { days: input.days, reason, from: retentionDueAt(state), to: retentionDueAt(after) } }, now);
    return view(after, now);
  });
}
