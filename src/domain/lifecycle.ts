// Postponement, rescheduling with re-confirmation, and cancellation: the pure rules. A rescheduled
// summit asks every confirmed participant to re-confirm by a deadline; who does not, loses the seat
// to the same organisation's waiting list.
import { DomainError } from './errors.ts';
import type { InvitationStatus } from './invitation.ts';
import type { SummitStatus } from './summit.ts';

export const reconfirmStates = ['', 'awaiting', 'reconfirmed', 'lost'] as const;
export type ReconfirmState = (typeof reconfirmStates)[number];

export interface RescheduleInput {
  startsAt: string;
  endsAt: string | null;
  venue: string;
  reconfirmBy: string;
  /** Days before reconfirmBy at which reminders go out, e.g. "7,2"; unchanged when left out. */
  reminderDays?: string;
}

/** The lifecycle changes that tell people, each asked for on a confirmation step first. */
export type LifecycleChange = 'postponed' | 'rescheduled' | 'cancelled';

/**
 * Whose invitation a change concerns: those who hold or await a seat are told of a new date or a
 * postponement, and a cancellation also tells those waiting. The senders and the confirmation
 * step's count both ask this, so the count is the number of people mailed.
 */
export function isConcernedBy(change: LifecycleChange, status: InvitationStatus): boolean {
  return status === 'pending' || status === 'confirmed' || (change === 'cancelled' && status === 'waitlisted');
}

/** Summits that can be moved to a new date: a postponed one, or a published one whose date changes. */
export function assertReschedulable(status: SummitStatus): void {
  if (status !== 'postponed' && status !== 'published') throw new DomainError('illegal_status_transition', { from: status, to: 'published' });
}

export function assertRescheduleValid(input: RescheduleInput, now: string): void {
  if (input.endsAt && input.endsAt <= input.startsAt) throw new DomainError('invalid_date_range');
  if (input.startsAt <= now) throw new DomainError('date_in_past', { field: 'startsAt' });
  if (input.reconfirmBy <= now) throw new DomainError('date_in_past', { field: 'reconfirmBy' });
  if (input.reconfirmBy >= input.startsAt) throw new DomainError('reconfirm_after_start');
}

/** Answer deadlines pause while a summit is postponed: they move on by the time it was paused. */
export function resumeDeadline(deadline: string | null, pausedAt: string | null, now: string): string | null {
  if (!deadline || !pausedAt) return deadline;
  const paused = Math.max(0, new Date(now).getTime() - new Date(pausedAt).getTime());
  return new Date(new Date(deadline).getTime() + paused).toISOString();
}

/** Parses "7,2" (days before the deadline) into sorted, distinct whole days, largest first. */
export function parseReminderDays(text: string): number[] {
  const days = text.split(',').map((d) => Number(d.trim())).filter((d) => Number.isInteger(d) && d > 0 && d <= 60);
  return [...new Set(days)].sort((a, b) => b - a);
}

/** How many reminders should have gone out by `now` for a deadline, given the schedule. */
export function remindersDue(reconfirmBy: string, reminderDays: number[], now: string): number {
  const deadline = new Date(reconfirmBy).getTime();
  const at = new Date(now).getTime();
  if (at >= deadline) return reminderDays.length;
  return reminderDays.filter((d) => at >= deadline - d * 86_400_000).length;
}
