// Frozen in time: never import application code here. Printed badges: the last badge printed for
// each invitation, with the tables it showed, so a badge printed before a re-plan can be flagged as
// outdated. (Every printing is in the audit log too.)
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('badge_prints')
    .addColumn('invitation_id', 'text', (c) => c.primaryKey().references('invitations.id').onDelete('cascade'))
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    // JSON: [{ round, table }] as printed, each table by its name.
    .addColumn('seats', 'text', (c) => c.notNull())
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .addColumn('printed_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('badge_prints_summit').on('badge_prints').column('summit_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('badge_prints').execute();
}
