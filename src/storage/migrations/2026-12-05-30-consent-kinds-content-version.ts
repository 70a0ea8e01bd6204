// Frozen in time: never import application code here. A summit's consent kinds are shown on its
// participants' pages, which are kept rendered per version of what they show: the database raises
// the summit's version on every change to its consent kinds, as it does for its other parts
// (2026-12-02-45), so no write path can forget to announce one.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create trigger consent_kinds_content_insert after insert on consent_kinds
      begin update summits set content_version = content_version + 1 where id = new.summit_id; end`.execute(db);
    await sql`create trigger consent_kinds_content_update after update on consent_kinds
      begin update summits set content_version = content_version + 1 where id in (old.summit_id, new.summit_id); end`.execute(db);
    await sql`create trigger consent_kinds_content_delete after delete on consent_kinds
      begin update summits set content_version = content_version + 1 where id = old.summit_id; end`.execute(db);
    return;
  }
  // The function the other parts of a summit use.
  await sql`create trigger consent_kinds_content_version after insert or update or delete on consent_kinds
    for each row execute function summit_child_content_version()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const kind of ['insert', 'update', 'delete']) await sql`${sql.raw(`drop trigger consent_kinds_content_${kind}`)}`.execute(db);
  } else {
    await sql`drop trigger consent_kinds_content_version on consent_kinds`.execute(db);
  }
}
