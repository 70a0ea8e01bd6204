// Frozen in time: never import application code here. The municipality's name, logo and primary
// colour as a coordinator sets them for the whole installation; one row, id 'installation'. An
// uploaded logo is kept as base64 text (so one column type serves SQLite and PostgreSQL alike);
// `version` goes up with every save, so each server notices a change with one small read.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('installation_branding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('primary_colour', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo_type', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo_data', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('installation_branding').execute();
}
