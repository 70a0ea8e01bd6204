// Frozen in time: never import application code here. The facilitators' notes per table and
// round, and the coordinator's merged list of proposals.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('table_notes')
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('key_points', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('table_notes_pk', ['summit_id', 'round', 'table_id'])
    .execute();
  await db.schema.createTable('proposal_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_items_summit').on('proposal_items').columns(['summit_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('proposal_items').execute();
  await db.schema.dropTable('table_notes').execute();
}
