// Frozen in time: never import application code here. The feedback survey after a summit: its
// questions, who got a link (with the spent marker), the links' hashed tokens, and the responses.
// A response row has no column that leads to a person in an anonymous survey: no invitation, no
// email, no token, only the day it came in, and the stakeholder group only where the group had at
// least five recipients. On SQLite the responses are a WITHOUT ROWID table keyed by a random id, so
// not even the storage order tells which came first.
import { SqliteAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('surveys')
    .addColumn('summit_id', 'text', (c) => c.primaryKey().references('summits.id').onDelete('cascade'))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('closes_on', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // One row per person who got a link. `spent` is the only trace of an answer, and carries no time.
  await db.schema.createTable('survey_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('report_group_id', 'text')
    .addColumn('spent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('survey_recipients_one_per_person').on('survey_recipients').columns(['summit_id', 'invitation_id']).unique().execute();

  // The link and the reminder's link of a recipient: tokens stored only as hashes.
  await db.schema.createTable('survey_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('survey_recipients.id').onDelete('cascade'))
    .execute();

  const responses = db.schema.createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('group_id', 'text')
    // Only in a survey the coordinator made "not anonymous" before sending.
    .addColumn('respondent_id', 'text', (c) => c.references('invitations.id').onDelete('set null'))
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull());
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await (sqlite ? responses.modifyEnd(sql`without rowid`) : responses).execute();
  await db.schema.createIndex('survey_responses_summit').on('survey_responses').columns(['summit_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['survey_responses', 'survey_links', 'survey_recipients', 'surveys']) await db.schema.dropTable(table).execute();
}
