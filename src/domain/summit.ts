// A summit's lifecycle as a state machine. "Udsat – dato mangler" is the postponed state: the
// summit keeps its people but has no date. Rescheduling moves it back to published with a new date.
import { DomainError } from './errors.ts';

export const summitStatuses = ['draft', 'published', 'postponed', 'cancelled', 'held', 'closed', 'archived'] as const;
export type SummitStatus = (typeof summitStatuses)[number];

const transitions: Record<SummitStatus, readonly SummitStatus[]> = {
  draft: ['published', 'postponed', 'cancelled'],
  published: ['postponed', 'cancelled', 'held'],
  postponed: ['published', 'cancelled'],
  cancelled: ['archived'],
  held: ['closed'],
  closed: ['archived'],
  archived: [],
};

export function allowedTransitions(from: SummitStatus): readonly SummitStatus[] {
  return transitions[from];
}

export function canTransition(from: SummitStatus, to: SummitStatus): boolean {
  return transitions[from].includes(to);
}

export interface SummitSchedule {
  startsAt: string | null;
  endsAt: string | null;
}

/** Checks a status change and the dates it needs; throws a DomainError with a stable code. */
export function assertTransition(from: SummitStatus, to: SummitStatus, schedule: SummitSchedule): void {
  if (!canTransition(from, to)) throw new DomainError('illegal_status_transition', { from, to });
  if (to === 'published' && !schedule.startsAt) throw new DomainError('date_required', { to });
}

export function assertScheduleValid(schedule: SummitSchedule): void {
  if (schedule.startsAt && schedule.endsAt && schedule.endsAt < schedule.startsAt) {
    throw new DomainError('invalid_date_range', schedule as unknown as Record<string, unknown>);
  }
}

export const organisationKinds = ['local_forum', 'business_council', 'institution', 'council_secretariat', 'administration'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * A browser sends a textarea's line breaks as CRLF; texts are stored with LF only, so paragraphs
 * (blank lines) are found the same way whichever client wrote them.
 */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The paragraphs of a text: runs of lines separated by blank lines (which may hold spaces). */
export function paragraphsOf(text: string): string[] {
  return normaliseLineBreaks(text).split(/\n[ \t]*\n\s*/).map((p) => p.trim()).filter(Boolean);
}

export interface Summit {
  id: import('./ids.ts').SummitId;
  slug: string;
  title: string;
  purpose: string;
  description: string;
  status: SummitStatus;
  startsAt: string | null;
  endsAt: string | null;
  venue: string;
  /** Why the summit was postponed or cancelled, shown on the public page. */
  statusReason: string;
  responsibleEditor: string;
  organiser: string;
  capacity: number;
  /** Days an invitation holds its seat before it expires. */
  answerDays: number;
  /** Days after the summit is closed before personal data is deleted. */
  retentionDays: number;
  isDemo: boolean;
  /** Raised on every change of date or status that calendars must follow (the .ics SEQUENCE). */
  calendarSequence: number;
  /** After a reschedule: confirmed participants must re-confirm by then. */
  reconfirmBy: string | null;
  /** Days before reconfirmBy at which reminders go out, e.g. "7,2". */
  reminderDays: string;
  /** When the summit was postponed: answer deadlines are paused since then. */
  pausedAt: string | null;
  /** An expected new date announced with a postponement, as the coordinator wrote it. */
  tentativeDate: string;
  createdAt: string;
  updatedAt: string;
}

export interface SummitStatusChange {
  id: string;
  summitId: string;
  fromStatus: SummitStatus;
  toStatus: SummitStatus;
  reason: string;
  actor: string;
  at: string;
}

const announcedStatuses: readonly SummitStatus[] = ['published', 'postponed', 'held', 'closed'];

/**
 * Whether citizens can open the summit's public page: never a draft, and a cancelled or archived
 * summit only if it had been announced (published or postponed) before: a draft that is cancelled
 * was never public and stays unknown. `history` is the summit's status changes.
 */
export function isPublic(status: SummitStatus, history: readonly Pick<SummitStatusChange, 'fromStatus' | 'toStatus'>[]): boolean {
  if (status === 'draft') return false;
  if (status !== 'cancelled' && status !== 'archived') return true;
  return history.some((h) => announcedStatuses.includes(h.fromStatus) || announcedStatuses.includes(h.toStatus));
}

/** Whether the public list of summits shows it: public and not yet archived. */
export function isListedPublicly(status: SummitStatus, history: readonly Pick<SummitStatusChange, 'fromStatus' | 'toStatus'>[]): boolean {
  return isPublic(status, history) && status !== 'archived';
}
