// Frozen in time: never import application code here. The retention schedule of each summit's
// personal data (the 14-day warning, one postponement, when it was carried out) and the consent
// register: every consent as worded when given, with its version, time and withdrawal.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('summit_retention')
    .addColumn('summit_id', 'text', (c) => c.primaryKey().references('summits.id').onDelete('cascade'))
    .addColumn('postponed_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postpone_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postponed_at', 'text')
    .addColumn('warned_at', 'text')
    .addColumn('purged_at', 'text')
    .execute();
  await db.schema.createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('da'))
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('consents_invitation').on('consents').columns(['invitation_id', 'kind']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consents').execute();
  await db.schema.dropTable('summit_retention').execute();
}
