// A summit's retention schedule as the coordinator sees it, a change of its period, and its one
// postponement (with a reason, in the audit log). The deletion itself is purge-personal-data.ts.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertRetentionChange, assertRetentionPostponement, isRetentionWarningDue, retentionDueAt, type RetentionState } from '../../domain/personal-data/retention.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

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

/** When the summit's personal data goes, if that is within the warning period and has not happened; never throws for a missing summit. */
export async function findRetentionWarning(deps: Deps, summitId: SummitId): Promise<{ summitId: SummitId; dueAt: string } | undefined> {
  const state = await deps.db.stores.personalData.findRetention(summitId);
  const current = view(state, deps.clock.now());
  return current.warning && current.dueAt ? { summitId, dueAt: current.dueAt } : undefined;
}

export async function postponeRetention(deps: Deps, access: Access, summitId: SummitId, input: { days: number; reason: string }): Promise<RetentionView> {
  const actor = actorOf(access);
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

/**
 * Sets how many days after the summit ended its personal data is kept. A warning already sent for
 * the earlier date is forgotten when the new date is not yet near, so the coordinator is warned
 * again 14 days before the new one.
 */
export async function changeRetentionDays(deps: Deps, access: Access, summitId: SummitId, days: number): Promise<RetentionView> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    const before = await stores.personalData.lockRetention(summitId);
    assertRetentionChange(before, days);
    if (before.retentionDays === days) return view(before, now);
    await stores.summits.update(summitId, { retentionDays: days }, now);
    const after = await forgetStaleRetentionWarning(stores, summitId, now);
    await stores.audit.append({ action: 'summit.retention_changed', actor, summitId, subjectType: 'summit', subjectId: summitId,
      data: { from: before.retentionDays, to: days, dueAt: retentionDueAt(after) } }, now);
    return view(await stores.personalData.findRetention(summitId), now);
  });
}

/**
 * After the retention period changed (here or through PATCH /api/v1/summits/{id}): a warning
 * already sent for the earlier date is forgotten when the new date is not yet near, so the
 * coordinators are warned again 14 days before it. Returns the schedule as it now stands.
 */
export async function forgetStaleRetentionWarning(stores: Stores, summitId: SummitId, now: string): Promise<RetentionState> {
  const after = await stores.personalData.findRetention(summitId);
  if (!after.warnedAt || isRetentionWarningDue(after, now)) return after;
  await stores.personalData.clearWarning(summitId);
  return { ...after, warnedAt: null };
}
