// When a summit's personal data goes: `retentionDays` after the summit was closed or cancelled
// (plus one postponement, if the coordinator asked for it), with a warning 14 days before. Pure
// rules; the clock and the dates come in as arguments.
import { DomainError } from '../errors.ts';

const day = 86_400_000;

/** Days before the deletion at which the coordinator is warned. */
export const retentionWarningDays = 14;
/** The longest one postponement may be. */
export const maxRetentionPostponementDays = 365;
/** The retention a new summit gets, stated in its privacy notice. */
export const defaultRetentionDays = 90;
/** The longest retention a coordinator may set: ten years. */
export const maxRetentionDays = 3650;
/**
 * How long a delivered (or failed) message keeps its text, without links: long enough to answer
 * "what did it say, did it go out", short enough that the outbox is no second register of people.
 */
export const sentMessageGraceDays = 30;

/** The statuses from which the retention period runs. */
export const endedStatuses = ['closed', 'cancelled', 'archived'] as const;

export interface RetentionSchedule {
  /** When the summit was closed or cancelled; null while it runs (nothing is ever deleted then). */
  endedAt: string | null;
  retentionDays: number;
  postponedDays: number;
}

export interface RetentionState extends RetentionSchedule {
  postponeReason: string;
  postponedAt: string | null;
  warnedAt: string | null;
  purgedAt: string | null;
}

const plusDays = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * day).toISOString();

/** The moment the personal data is deleted, or null while the summit has not ended. */
export function retentionDueAt(schedule: RetentionSchedule): string | null {
  if (!schedule.endedAt) return null;
  return plusDays(schedule.endedAt, schedule.retentionDays + schedule.postponedDays);
}

export function isRetentionDue(schedule: RetentionSchedule, now: string): boolean {
  const due = retentionDueAt(schedule);
  return due !== null && due <= now;
}

/** From when the coordinator is warned (and the summit page shows the notice). */
export function retentionWarningFrom(schedule: RetentionSchedule): string | null {
  const due = retentionDueAt(schedule);
  return due && plusDays(due, -retentionWarningDays);
}

export function isRetentionWarningDue(schedule: RetentionSchedule, now: string): boolean {
  const from = retentionWarningFrom(schedule);
  return from !== null && from <= now;
}

/** A retention period is whole days, from one to `maxRetentionDays`; data already purged has none to change. */
export function assertRetentionChange(state: RetentionState, days: number): void {
  if (state.purgedAt) throw new DomainError('personal_data_purged');
  if (!Number.isInteger(days) || days < 1 || days > maxRetentionDays) throw new DomainError('validation_failed', { retentionDays: 'out_of_range' });
}

/** One postponement, by whole days, with a reason; a second one is refused. */
export function assertRetentionPostponement(state: RetentionState, days: number, reason: string): void {
  if (state.purgedAt) throw new DomainError('personal_data_purged');
  if (state.postponedDays > 0) throw new DomainError('retention_already_postponed');
  const problems: Record<string, string> = {};
  if (!Number.isInteger(days) || days < 1 || days > maxRetentionPostponementDays) problems.days = 'out_of_range';
  if (!reason.trim()) problems.reason = 'required';
  if (Object.keys(problems).length) throw new DomainError('validation_failed', problems);
}

/**
 * `text` with every occurrence of the given names and addresses replaced, longest first so that a
 * full name goes before a part of it (free text such as a table's notes may name people).
 */
export function withoutNames(text: string, names: readonly string[]): string {
  const needles = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  let result = text;
  for (const needle of needles) {
    const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    result = result.replace(pattern, '[navn fjernet]');
  }
  return result;
}
