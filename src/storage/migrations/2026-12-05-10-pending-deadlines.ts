// Frozen in time: never import application code here. The summit's dashboard counts its pending
// answer deadlines from now on. The index on (status, answer_deadline) alone serves the sweep of
// every summit's overdue answers, and read that way the dashboard would walk the pending people of
// every summit: index them by summit, status and deadline.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('invitations_summit_pending_deadline').on('invitations').columns(['summit_id', 'status', 'answer_deadline']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('invitations_summit_pending_deadline').execute();
}
