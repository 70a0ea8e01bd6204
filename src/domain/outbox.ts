// A message waiting in the outbox: written in the same transaction as the change that causes it,
// delivered later by the outbox worker (as an .eml file or through SMTP).
import type { SummitId } from './ids.ts';
import type { Language } from './language.ts';
import type { PlaceholderValues } from './message-template.ts';

export const outboxKinds = ['invitation', 'waitlisted', 'promoted_recruiter', 'recruiter_link', 'confirmation', 'cancellation',
  'postponed', 'rescheduled', 'reconfirm_reminder', 'reconfirm_lost', 'cancelled',
  'recruiter_postponed', 'recruiter_rescheduled', 'recruiter_cancelled',
  'interest_received', 'interest_receipt', 'interest_accepted', 'interest_declined',
  'missing_on_the_day',
  'email_changed', 'invitation_withdrawn', 'seating',
  'survey_invitation', 'survey_reminder',
  'retention_warning',
] as const;
export type OutboxKind = (typeof outboxKinds)[number];
/** `failed`: delivery was given up (a permanent refusal, or too many attempts); `lastError` says why. */
export type OutboxStatus = 'queued' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  summitId: SummitId | null;
  kind: OutboxKind;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string;
  createdAt: string;
  attachments: MailAttachment[];
  invitationId: string | null;
}

/** What the coordinator's list of outgoing mail shows of a message (not its text or files). */
export type OutboxListRow = Pick<OutboxMessage, 'id' | 'createdAt' | 'toAddress' | 'subject' | 'status' | 'attempts' | 'lastError'>;

export type NewOutboxMessage = Pick<OutboxMessage, 'summitId' | 'kind' | 'toAddress' | 'subject' | 'bodyText'> & {
  /** Files sent with the message, e.g. the summit's calendar entry (.ics). */
  attachments?: MailAttachment[];
  /** The invitation the message concerns, so the person's page can list what was sent to them. */
  invitationId?: string;
  /** Values for a coordinator's own wording of this kind (see message-template.ts); not stored. */
  placeholders?: PlaceholderValues;
  /** The language the message is written in (Danish when absent); a coordinator's own wording is Danish. Not stored. */
  language?: Language;
};

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Attempts before a message is given up as failed. With the backoff below they span about two
 * hours: a mail server that is away for longer than that needs the coordinator to look.
 */
export const maxDeliveryAttempts = 12;

/**
 * What to do after a failed delivery attempt (`attempts` counts this one): wait 5 s, 10 s, 20 s …
 * at most an hour, each spread by `jitter` (0 ≤ jitter < 1) over the upper half of the step so
 * that messages that failed together (a server restart) do not all come back together; or give up
 * after `maxDeliveryAttempts`, or at once when the refusal is permanent (an SMTP 5xx answer).
 */
export function afterFailedDelivery(attempts: number, permanent: boolean, jitter: number): { retryInMs: number } | { giveUp: true } {
  if (permanent || attempts >= maxDeliveryAttempts) return { giveUp: true };
  const step = Math.min(60 * 60 * 1000, 5000 * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
  return { retryInMs: Math.round(step / 2 + (step / 2) * Math.min(Math.max(jitter, 0), 1)) };
}

/**
 * The text kept once a message is settled, delivered or given up: participant (/i/…), recruiter
 * (/r/…), survey (/s/…) and door (/checkin/…) links are tokens stored nowhere else but as hashes,
 * so the stored copy loses them as soon as no delivery needs them any more.
 */
export function withoutPersonalLinks(text: string): string {
  return text.replace(/\/(i|r|s|checkin)\/[A-Za-z0-9_-]{16,}/g, '/$1/[personligt link fjernet]');
}

/**
 * The files kept once a message is settled, without personal links. A calendar file folds long
 * lines (RFC 5545 §3.1), which can split a link; the kept copy is unfolded first so no part of a
 * token survives.
 */
export function attachmentsWithoutPersonalLinks(attachments: readonly MailAttachment[]): MailAttachment[] {
  return attachments.map((a) => ({ ...a, content: withoutPersonalLinks(a.content.replace(/\r?\n[ \t]/g, '')) }));
}
