// Row types of the lifecycle tables (migration 2026-11-26-04), as Kysely sees them through
// CamelCasePlugin. Kept apart from schema.ts so each feature owns its tables' types.
import type { Kysely } from 'kysely';
import type { Executor } from './executor.ts';
import type { InvitationsTable, OutboxMessagesTable, RegistrationDB } from './registration-schema.ts';

export interface InterestRequestsTable {
  id: string; summitId: string; areaId: string; organisationId: string | null; name: string; email: string;
  message: string; status: string; decisionMessage: string; invitationId: string | null; createdAt: string; decidedAt: string | null;
}
export interface InvitationTokensTable { tokenHash: string; invitationId: string; createdAt: string }
export interface MessageTemplatesTable { summitId: string; kind: string; subject: string; body: string; updatedAt: string }

export interface LifecycleDB extends RegistrationDB {
  interestRequests: InterestRequestsTable;
  invitationTokens: InvitationTokensTable;
  messageTemplates: MessageTemplatesTable;
  invitations: InvitationsTable & { reconfirmState: string; reconfirmReminders: number };
  outboxMessages: OutboxMessagesTable & { attachments: string; invitationId: string | null };
}

export const lifecycleDb = (db: Executor) => db as unknown as Kysely<LifecycleDB>;
