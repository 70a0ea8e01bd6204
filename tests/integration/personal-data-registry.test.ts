// Every table is accounted for in storage/personal-data/personal-data-tables.ts: the migrated
// database is read (SQLite's catalogue, PostgreSQL's information_schema), and a table that points
// to a person (an invitation id, an address, a phone number, a token) must be listed as holding
// personal data, so the retention job, the erasure and the access export cannot silently miss it.
// A table planted without an entry is caught, which shows the check would fail for a new feature.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { personalDataTables } from '../../src/storage/personal-data/personal-data-tables.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';

/** A column that by its name leads to a person or reaches one. */
const pointsToPerson = /(^|_)(invitation_id|respondent_id|recipient_id|email|email_key|phone|to_address|token_hash|written_by|checked_in_by)$/;
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

async function tableColumns(db: TestDatabase): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (db.kind === 'sqlite') {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db.database.db);
    for (const { name } of tables.rows) {
      const columns = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db.database.db);
      result.set(name, columns.rows.map((c) => c.name));
    }
    return result;
  }
  const rows = await sql<{ tableName: string; columnName: string }>`select table_name, column_name from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name, ordinal_position`.execute(db.database.db);
  for (const { tableName, columnName } of rows.rows) result.set(tableName, [...(result.get(tableName) ?? []), columnName]);
  return result;
}

/** What the registry does not cover, as readable problems. */
async function uncovered(db: TestDatabase): Promise<string[]> {
  const problems: string[] = [];
  const registry = personalDataTables as Record<string, (typeof personalDataTables)[keyof typeof personalDataTables]>;
  const tables = await tableColumns(db);
  for (const [table, columns] of tables) {
    const entry = registry[camel(table)];
    if (!entry) { problems.push(`${table}: not in personal-data-tables.ts`); continue; }
    const personal = columns.filter((c) => pointsToPerson.test(c));
    if (entry.holds === 'none' && personal.length > 0) problems.push(`${table}: listed as holding no personal data, but has ${personal.join(', ')}`);
    if (entry.holds !== 'none') {
      for (const column of entry.personalColumns) if (!columns.map(camel).includes(column)) problems.push(`${table}: lists ${column}, which it does not have`);
      for (const column of personal) if (!entry.personalColumns.includes(camel(column))) problems.push(`${table}: ${column} is not among its personal columns`);
    }
  }
  for (const key of Object.keys(registry)) if (![...tables.keys()].map(camel).includes(key)) problems.push(`${key}: in the registry but not in the database`);
  return problems;
}

for (const kind of databaseKinds()) {
  describe(`the register of tables with personal data (${kind})`, () => {
    let db: TestDatabase;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => db.destroy());

    it('covers every table of the migrated database, and every column that leads to a person', async () => {
      assert.deepEqual(await uncovered(db), []);
    });

    it('fails for a new table that holds an invitation id without an entry', async () => {
      await sql`create table speaker_requests (id text primary key, invitation_id text not null, wish text not null)`.execute(db.database.db);
      await sql`create table coffee_orders (id text primary key, table_name text not null)`.execute(db.database.db);
      assert.deepEqual((await uncovered(db)).sort(), ['coffee_orders: not in personal-data-tables.ts', 'speaker_requests: not in personal-data-tables.ts']);
      await sql`drop table speaker_requests`.execute(db.database.db);
      await sql`drop table coffee_orders`.execute(db.database.db);
    });
  });
}
