// Frozen in time: never import application code here. Deciding a seat must not cost more in a
// summit of 1,000 people than in one of 10. The held seats (invitations pending or confirmed) are
// counted per summit, group and organisation in seat_counts, which the database itself keeps up to
// date on every insert, update and delete of an invitation, so no write path can forget it; a
// seat decision reads a handful of counter rows instead of every held invitation. The waiting list
// gets indexes in its own order, so "who is next" and "the last place" read one index entry.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

// The statuses that hold a seat, as in the domain on this date.
const held = `('pending', 'confirmed')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('seat_counts')
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    // '' for people invited to the group without an organisation.
    .addColumn('organisation_key', 'text', (c) => c.notNull())
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('seat_counts_pk', ['summit_id', 'group_id', 'organisation_key'])
    .execute();
  await sql`${sql.raw(`insert into seat_counts (summit_id, group_id, organisation_key, held)
    select summit_id, group_id, coalesce(organisation_id, ''), count(*) from invitations where status in ${held}
    group by summit_id, group_id, coalesce(organisation_id, '')`)}`.execute(db);
  await db.schema.createIndex('invitations_waitlist_order').on('invitations')
    .columns(['summit_id', 'group_id', 'organisation_id', 'status', 'waitlist_position', 'created_at', 'id']).execute();
  // PostgreSQL takes no order from an index after `organisation_id is null`: the people waiting
  // without an organisation have an index of their own.
  await db.schema.createIndex('invitations_waitlist_order_without_organisation').on('invitations')
    .columns(['summit_id', 'group_id', 'status', 'waitlist_position', 'created_at', 'id']).where(sql.ref('organisation_id'), 'is', null).execute();

  // A deleted invitation only lowers a counter that exists: when a whole summit is deleted, its
  // counters may be gone before its invitations.
  const decrement = (row: 'old') => `update seat_counts set held = held - 1 where summit_id = ${row}.summit_id
    and group_id = ${row}.group_id and organisation_key = coalesce(${row}.organisation_id, '')`;
  const increment = (row: 'new') => `insert into seat_counts (summit_id, group_id, organisation_key, held)
    values (${row}.summit_id, ${row}.group_id, coalesce(${row}.organisation_id, ''), 1)
    on conflict (summit_id, group_id, organisation_key) do update set held = seat_counts.held + 1`;
  const moved = `old.status is not new.status or old.summit_id is not new.summit_id or old.group_id is not new.group_id
    or old.organisation_id is not new.organisation_id`;
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`${sql.raw(`create trigger invitations_seat_insert after insert on invitations when new.status in ${held}
      begin ${increment('new')}; end`)}`.execute(db);
    await sql`${sql.raw(`create trigger invitations_seat_delete after delete on invitations when old.status in ${held}
      begin ${decrement('old')}; end`)}`.execute(db);
    await sql`${sql.raw(`create trigger invitations_seat_release after update on invitations
      when old.status in ${held} and (${moved}) begin ${decrement('old')}; end`)}`.execute(db);
    await sql`${sql.raw(`create trigger invitations_seat_take after update on invitations
      when new.status in ${held} and (${moved}) begin ${increment('new')}; end`)}`.execute(db);
    return;
  }
  await sql`${sql.raw(`create function invitations_seat_count() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and not (${moved.replaceAll(' is not ', ' is distinct from ')}) then return null; end if;
      if tg_op <> 'INSERT' and old.status in ${held} then ${decrement('old')}; end if;
      if tg_op <> 'DELETE' and new.status in ${held} then ${increment('new')}; end if;
      return null;
    end $$`)}`.execute(db);
  await sql`create trigger invitations_seat_count after insert or update or delete on invitations
    for each row execute function invitations_seat_count()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const name of ['insert', 'delete', 'release', 'take']) await sql`${sql.raw(`drop trigger invitations_seat_${name}`)}`.execute(db);
  } else {
    await sql`drop trigger invitations_seat_count on invitations`.execute(db);
    await sql`drop function invitations_seat_count()`.execute(db);
  }
  await db.schema.dropIndex('invitations_waitlist_order_without_organisation').execute();
  await db.schema.dropIndex('invitations_waitlist_order').execute();
  await db.schema.dropTable('seat_counts').execute();
}
