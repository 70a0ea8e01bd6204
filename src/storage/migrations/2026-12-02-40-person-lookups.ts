// Frozen in time: never import application code here. A person's page in the coordinator's
// participant list shows the messages sent to them and the audit entries about them: index both
// lookups so the page stays fast for summits with thousands of people and messages.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('outbox_messages_invitation').on('outbox_messages').column('invitation_id').execute();
  await db.schema.createIndex('audit_log_subject').on('audit_log').columns(['subject_type', 'subject_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_subject').execute();
  await db.schema.dropIndex('outbox_messages_invitation').execute();
}
