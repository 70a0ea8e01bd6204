// Frozen in time: never import application code here. The municipality as data controller, filled
// once for the whole installation: its address, CVR and contacts, its data protection officer and
// any further recipients, from which every summit's privacy notice is written. One row, id 'installation'.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('data_controller')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cvr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dpo_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dpo_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dpo_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recipients', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_controller').execute();
}
