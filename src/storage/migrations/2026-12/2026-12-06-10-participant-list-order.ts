// Frozen in time: never import application code here. The participant list orders people by name
// as Danish does (æ, ø, å after z; aa as å), whatever the case or accents, as the browser's
// Intl.Collator('da', { sensitivity: 'base' }) does. On PostgreSQL the list is filtered, counted,
// ordered and paged by the database: an ICU collation at that strength orders it, and an index in
// that order reads a summit's first page without sorting its people. SQLite has no such
// collation; there the application orders the summit's rows itself.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create collation da_base (provider = icu, locale = 'da-u-ks-level1', deterministic = false)`.execute(db);
  await sql`create index invitations_summit_name_da on invitations (summit_id, name collate da_base, id collate "C")`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`drop index invitations_summit_name_da`.execute(db);
  await sql`drop collation da_base`.execute(db);
}
