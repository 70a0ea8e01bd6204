// Frozen in time: never import application code here. The kinds of consent a coordinator adds to
// a summit beyond the built-in ones, each worded in Danish and English, with a version that goes up
// when the words change and the time it was retired (no longer asked for). The consents given stay
// in `consents`, under the kind's id, with the words and version the person saw.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('consent_kinds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('label_da', 'text', (c) => c.notNull())
    .addColumn('hint_da', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('hint_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema.createIndex('consent_kinds_summit').on('consent_kinds').columns(['summit_id', 'position']).execute();
  // The participant list and the contact list read the summit's consents in force by kind.
  await db.schema.createIndex('consents_summit_kind').on('consents').columns(['summit_id', 'kind']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('consents_summit_kind').execute();
  await db.schema.dropTable('consent_kinds').execute();
}
