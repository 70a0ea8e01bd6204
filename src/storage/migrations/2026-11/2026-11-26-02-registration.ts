// Frozen in time: never import application code here. Recruitment and registration: recruiter
// links, invitations (nominations, waiting lists, answers) and the mail outbox.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('recruiter_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('recruiter_links_organisation').on('recruiter_links').column('organisation_id').execute();

  await db.schema.createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('stakeholder_groups.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('area_id', 'text', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('waitlist_position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invited_at', 'text')
    .addColumn('answer_deadline', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('diet_needs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accessibility_needs', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('consent_photos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_changed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invitations_summit_status').on('invitations').columns(['summit_id', 'status']).execute();
  await db.schema.createIndex('invitations_organisation_status').on('invitations').columns(['organisation_id', 'status']).execute();
  await db.schema.createIndex('invitations_deadline').on('invitations').columns(['status', 'answer_deadline']).execute();
  // The last line of defence against one person holding two places in a summit.
  await sql`create unique index invitations_one_active_per_email on invitations (summit_id, email_key)
    where status in ('waitlisted', 'pending', 'confirmed')`.execute(db);

  await db.schema.createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.references('summits.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox_messages').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_summit').on('outbox_messages').columns(['summit_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox_messages', 'invitations', 'recruiter_links']) await db.schema.dropTable(table).execute();
}
