// Frozen in time: never import application code here. The summit day: a short check-in code per
// invitation (what a badge's QR code carries and what staff type at the door), check-in links for
// helpers at the door, the check-ins themselves with their idempotency keys, walk-ins, and how far
// the day has come (rounds under way).
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Crockford base32: no I, L, O or U, so a code read aloud or typed from a badge survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 characters, 40 random bits (a copy of the application's generator, frozen with this migration). */
function newCode(): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 7; i >= 0; i--) code += alphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // Nullable only because SQLite cannot add a NOT NULL column without a default; every row gets one.
  await db.schema.alterTable('invitations').addColumn('check_in_code', 'text').execute();
  const rows = await sql<{ id: string }>`select id from invitations where check_in_code is null`.execute(db);
  const used = new Set<string>();
  for (const { id } of rows.rows) {
    let code = newCode();
    while (used.has(code)) code = newCode();
    used.add(code);
    await sql`update invitations set check_in_code = ${code} where id = ${id}`.execute(db);
  }
  await db.schema.createIndex('invitations_check_in_code').on('invitations').column('check_in_code').unique().execute();

  // Links for helpers at the door, stored hashed like recruiter links: shown once, revocable, expiring.
  await db.schema.createTable('check_in_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('check_in_links_summit').on('check_in_links').column('summit_id').execute();

  // One row per check-in; an undo keeps the row (undone_at) so arrivals over time stay truthful.
  await db.schema.createTable('check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('checked_in_by', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .execute();
  // The last line of defence against counting one person twice.
  await sql`create unique index check_ins_one_active on check_ins (invitation_id) where undone_at is null`.execute(db);
  await db.schema.createIndex('check_ins_summit').on('check_ins').columns(['summit_id', 'checked_in_at']).execute();

  // Idempotency keys: the first answer to a client's check-in request, replayed on a retry.
  await db.schema.createTable('check_in_requests')
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_in_requests_pk', ['summit_id', 'client_id'])
    .execute();

  // Someone not on the list who came anyway: seated (invitation_id set) or on record "uden plads".
  await db.schema.createTable('walk_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.references('stakeholder_groups.id').onDelete('set null'))
    .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('invitation_id', 'text', (c) => c.references('invitations.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema.createIndex('walk_ins_client').on('walk_ins').columns(['summit_id', 'client_id']).unique().execute();

  // How far the day has come: rounds 1..rounds_started are under way or over.
  await db.schema.createTable('summit_days')
    .addColumn('summit_id', 'text', (c) => c.primaryKey().references('summits.id').onDelete('cascade'))
    .addColumn('rounds_started', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['summit_days', 'walk_ins', 'check_in_requests', 'check_ins', 'check_in_links']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('invitations_check_in_code').execute();
  await db.schema.alterTable('invitations').dropColumn('check_in_code').execute();
}
