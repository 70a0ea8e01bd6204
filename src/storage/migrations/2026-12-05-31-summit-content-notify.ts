// Frozen in time: never import application code here. PostgreSQL announces every raised version
// of a summit's public page on a channel, so each server can keep the versions in memory and drop
// one the moment it moves, whichever server or program changed it (storage/summit-versions.ts).
// A notification goes out when its transaction commits, and not at all when it rolls back.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create function summits_content_notify() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then perform pg_notify('samskab_summit_content', old.id);
      elsif new.content_version is distinct from old.content_version or new.slug is distinct from old.slug then
        perform pg_notify('samskab_summit_content', new.id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger summits_content_notify after update or delete on summits
    for each row execute function summits_content_notify()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`drop trigger summits_content_notify on summits`.execute(db);
  await sql`drop function summits_content_notify()`.execute(db);
}
