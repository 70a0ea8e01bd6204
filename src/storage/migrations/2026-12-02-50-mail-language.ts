// Frozen in time: never import application code here. The language a person last used on their
// page (an invitation) or when asking to take part (an interest request), so their mail speaks it.
// Everyone so far was written to in Danish.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('language', 'text', (c) => c.notNull().defaultTo('da')).execute();
  await db.schema.alterTable('interest_requests').addColumn('language', 'text', (c) => c.notNull().defaultTo('da')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interest_requests').dropColumn('language').execute();
  await db.schema.alterTable('invitations').dropColumn('language').execute();
}
