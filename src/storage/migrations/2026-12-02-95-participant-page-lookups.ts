// Frozen in time: never import application code here. A participant's page lists what was sent to
// them: to their invitation (indexed before) or to their address within the summit. Index the
// address too, so the page reads that person's messages and not every message of the summit.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('outbox_messages_summit_address').on('outbox_messages').columns(['summit_id', 'to_address']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_messages_summit_address').execute();
}
