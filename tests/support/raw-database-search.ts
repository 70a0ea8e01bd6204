// Looks for text in a database as an attacker with the disk or a superuser would: the SQLite
// file's bytes (with its write-ahead log and shared memory), or every text column of every table
// on PostgreSQL. Case is ignored for the PostgreSQL search; the SQLite bytes are searched as
// written and lower-cased.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestDatabase } from './test-database.ts';

/** The needles found, each with where (a file, or table.column). */
export async function searchRawDatabase(db: TestDatabase, needles: readonly string[]): Promise<{ needle: string; where: string }[]> {
  const found: { needle: string; where: string }[] = [];
  if (db.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      const file = join(db.dataDir, `samskab.sqlite${suffix}`);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
      for (const needle of needles) {
        if (bytes.includes(Buffer.from(needle, 'utf8')) || lower.includes(Buffer.from(needle.toLowerCase(), 'utf8'))) found.push({ needle, where: file });
      }
    }
    return found;
  }
  const columns = await sql<{ tableName: string; columnName: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb', 'character')`.execute(db.database.db);
  for (const { tableName: table, columnName: column } of columns.rows) {
    for (const needle of needles) {
      const hit = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)}::text ilike ${`%${needle}%`}`.execute(db.database.db);
      if (hit.rows[0]!.n > 0) found.push({ needle, where: `${table}.${column}` });
    }
  }
  return found;
}
