// Frozen in time: never import application code here. The index on (summit_id, status) begins
// the one on (summit_id, status, answer_deadline) and serves no query that one does not: every
// invitation written, each nomination among them, kept both up to date.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('invitations_summit_status').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('invitations_summit_status').on('invitations').columns(['summit_id', 'status']).execute();
}
