// Frozen in time: never import application code here. The summit's lifecycle (postpone,
// reschedule with re-confirmation, cancel), calendar sequences, citizens' interest requests,
// per-summit message texts and calendar attachments on outgoing mail.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('summits').addColumn('calendar_sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('summits').addColumn('reconfirm_by', 'text').execute();
  await db.schema.alterTable('summits').addColumn('reminder_days', 'text', (c) => c.notNull().defaultTo('7,2')).execute();
  await db.schema.alterTable('summits').addColumn('paused_at', 'text').execute();
  await db.schema.alterTable('summits').addColumn('tentative_date', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema.alterTable('invitations').addColumn('reconfirm_state', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('invitations').addColumn('reconfirm_reminders', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // Further personal links of an invitation (e.g. the re-confirmation link of a reschedule):
  // the first stays on the invitation; older links keep working.
  await db.schema.createTable('invitation_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invitation_tokens_invitation').on('invitation_tokens').column('invitation_id').execute();

  await db.schema.alterTable('outbox_messages').addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('outbox_messages').addColumn('invitation_id', 'text').execute();

  await db.schema.createTable('interest_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('invitation_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('interest_requests_organisation').on('interest_requests').columns(['organisation_id', 'status']).execute();

  await db.schema.createTable('message_templates')
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_templates_pk', ['summit_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('message_templates').execute();
  await db.schema.dropTable('interest_requests').execute();
  await db.schema.dropTable('invitation_tokens').execute();
  await db.schema.alterTable('outbox_messages').dropColumn('invitation_id').execute();
  await db.schema.alterTable('outbox_messages').dropColumn('attachments').execute();
  await db.schema.alterTable('invitations').dropColumn('reconfirm_reminders').execute();
  await db.schema.alterTable('invitations').dropColumn('reconfirm_state').execute();
  for (const column of ['tentative_date', 'paused_at', 'reminder_days', 'reconfirm_by', 'calendar_sequence']) {
    await db.schema.alterTable('summits').dropColumn(column).execute();
  }
}
