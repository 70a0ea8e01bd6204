// Frozen in time: never import application code here. The public summit page is rendered once
// per version of what it shows and served from memory until then. The version is a counter on the
// summit that the database itself raises on every change to the summit or to its groups, areas,
// organisations and programme, so every server sees a change at once, whichever server made it,
// and no write path can forget to announce one.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

const children = ['stakeholder_groups', 'areas', 'organisations', 'programme_items'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('summits').addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    // The WHEN clause stops the summit's own trigger from firing on the counter's update.
    await sql`create trigger summits_content_version after update on summits
      when new.content_version = old.content_version
      begin update summits set content_version = old.content_version + 1 where id = new.id; end`.execute(db);
    for (const table of children) {
      await sql`${sql.raw(`create trigger ${table}_content_insert after insert on ${table}
        begin update summits set content_version = content_version + 1 where id = new.summit_id; end`)}`.execute(db);
      await sql`${sql.raw(`create trigger ${table}_content_update after update on ${table}
        begin update summits set content_version = content_version + 1 where id in (old.summit_id, new.summit_id); end`)}`.execute(db);
      await sql`${sql.raw(`create trigger ${table}_content_delete after delete on ${table}
        begin update summits set content_version = content_version + 1 where id = old.summit_id; end`)}`.execute(db);
    }
    return;
  }
  await sql`create function summits_content_version() returns trigger language plpgsql as $$
    begin
      if new.content_version = old.content_version then new.content_version := old.content_version + 1; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger summits_content_version before update on summits
    for each row execute function summits_content_version()`.execute(db);
  await sql`create function summit_child_content_version() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then update summits set content_version = content_version + 1 where id = old.summit_id; end if;
      if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.summit_id <> old.summit_id) then
        update summits set content_version = content_version + 1 where id = new.summit_id;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of children) {
    await sql`${sql.raw(`create trigger ${table}_content_version after insert or update or delete on ${table}
      for each row execute function summit_child_content_version()`)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`drop trigger summits_content_version`.execute(db);
    for (const table of children) {
      for (const kind of ['insert', 'update', 'delete']) await sql`${sql.raw(`drop trigger ${table}_content_${kind}`)}`.execute(db);
    }
  } else {
    for (const table of children) await sql`${sql.raw(`drop trigger ${table}_content_version on ${table}`)}`.execute(db);
    await sql`drop trigger summits_content_version on summits`.execute(db);
    await sql`drop function summit_child_content_version()`.execute(db);
    await sql`drop function summits_content_version()`.execute(db);
  }
  await db.schema.alterTable('summits').dropColumn('content_version').execute();
}
