// A message waiting in the outbox: written in the same transaction as the change that causes it,
// delivered later by the outbox worker (as an .eml file or through SMTP).
import type { SummitId } from './ids.ts';

export const outboxKinds = ['invitation', 'waitlisted', 'promoted_recruiter', 'recruiter_link', 'confirmation', 'cancellation'] as const;
export type OutboxKind = (typeof outboxKinds)[number];
export type OutboxStatus = 'queued' | 'sent';

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
}

export type NewOutboxMessage = Pick<OutboxMessage, 'summitId' | 'kind' | 'toAddress' | 'subject' | 'bodyText'>;

/** Wait before the next delivery attempt: 5 s, 10 s, 20 s … at most an hour. Never gives up. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60 * 1000, 5000 * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
}
