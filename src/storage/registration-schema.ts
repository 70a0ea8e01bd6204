// Row types of the registration tables (migration 2026-11-26-02), as Kysely sees them through
// CamelCasePlugin. Kept apart from schema.ts so each feature owns its tables' types.
import type { Kysely } from 'kysely';
import type { Executor } from './executor.ts';
import type { DB } from './schema.ts';

export interface RecruiterLinksTable {
  id: string; summitId: string; organisationId: string; tokenHash: string; createdAt: string; expiresAt: string; revokedAt: string | null;
}
export interface InvitationsTable {
  id: string; summitId: string; groupId: string; organisationId: string | null; areaId: string | null;
  name: string; email: string; emailKey: string; phone: string; status: string; source: string; tokenHash: string | null;
  waitlistPosition: number; invitedAt: string | null; answerDeadline: string | null; answeredAt: string | null;
  dietNeeds: string; accessibilityNeeds: string; consentPhotos: number; consentChangedAt: string | null;
  createdAt: string; updatedAt: string;
}
export interface OutboxMessagesTable {
  id: string; summitId: string | null; kind: string; toAddress: string; subject: string; bodyText: string;
  status: string; attempts: number; nextAttemptAt: string; claimedBy: string | null; claimedUntil: string | null;
  sentAt: string | null; lastError: string; createdAt: string;
  /** JSON array of attachments (migration 2026-11-26-04). */
  attachments: string; invitationId: string | null;
}

export interface RegistrationDB extends DB {
  recruiterLinks: RecruiterLinksTable;
  invitations: InvitationsTable;
  outboxMessages: OutboxMessagesTable;
}

/** The executor, typed with the registration tables (a transaction stays a transaction). */
export const registrationDb = (db: Executor) => db as unknown as Kysely<RegistrationDB>;
