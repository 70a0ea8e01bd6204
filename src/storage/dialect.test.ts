import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase, sqliteFileName } from './database.ts';
import { inlineParameters, reusingStatements } from './dialect.ts';

test('the same SQL is prepared once and its statement handed out again', () => {
  const sqlite = new SQLite(':memory:');
  const database = reusingStatements(sqlite);
  const first = database.prepare('select 1 as one');
  assert.equal(database.prepare('select 1 as one'), first);
  assert.notEqual(database.prepare('select 2 as two'), first);
  database.close();
});

test('the least recently used statement is dropped when the cache is full', () => {
  const sqlite = new SQLite(':memory:');
  const database = reusingStatements(sqlite, undefined, 2);
  const a = database.prepare('select 1');
  const b = database.prepare('select 2');
  database.prepare('select 1'); // a is now the most recent
  database.prepare('select 3'); // evicts b
  assert.equal(database.prepare('select 1'), a);
  assert.notEqual(database.prepare('select 2'), b);
  database.close();
});

test('a cached statement sees a column added after it was prepared', () => {
  const sqlite = new SQLite(':memory:');
  const database = reusingStatements(sqlite);
  sqlite.exec("create table t (a integer); insert into t values (1)");
  assert.deepEqual(database.prepare('select * from t').all([]), [{ a: 1 }]);
  sqlite.exec("alter table t add column b text default 'x'");
  assert.deepEqual(database.prepare('select * from t').all([]), [{ a: 1, b: 'x' }]);
  database.close();
});

test('parameters written into SQL as literals read as pg would send them', () => {
  assert.equal(inlineParameters('select * from "t" where "a" = $1 and "b" = $2 limit $3', ["O'Brien", null, 5]),
    `select * from "t" where "a" = 'O''Brien' and "b" = null limit '5'`);
  // pg's escapeLiteral writes text with a backslash as an E'' literal, backslash doubled.
  assert.match(inlineParameters('select $1, $2', [true, 'a\\b']), /^select 'true', +E'a\\\\b'$/);
  assert.equal(inlineParameters('select $1', [new Date('2026-03-01T09:00:00.000Z')]), `select '2026-03-01T09:00:00.000Z'`);
});

test('a placeholder is $ and its whole number, and never inside a quoted literal or identifier', () => {
  const values = Array.from({ length: 11 }, (_, i) => `v${i + 1}`);
  assert.equal(inlineParameters('select $11, $1', values), `select 'v11', 'v1'`);
  assert.equal(inlineParameters(`select '$1 it''s', "col$1", $1`, ['x']), `select '$1 it''s', "col$1", 'x'`);
  assert.throws(() => inlineParameters('select $2', ['only one']), /No value for \$2/);
});

test('values that are not text, numbers, booleans, dates or null are refused, not guessed', () => {
  assert.throws(() => inlineParameters('select $1', [Buffer.from('x')]), /literal/);
  assert.throws(() => inlineParameters('select $1', [{ a: 1 }]), /literal/);
});

test("the server's connection never checkpoints; a thread copies the log into the file, and closing leaves no log", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-wal-'));
  const file = join(dataDir, sqliteFileName);
  const database = openDatabase({ dataDir });
  try {
    const { rows } = await sql<{ walAutocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db);
    assert.equal(rows[0]?.walAutocheckpoint, 0);
    await sql`create table t (a text)`.execute(database.db);
    const before = statSync(file).size;
    // Two megabytes of log: far past the 1,000 pages at which the connection would copy it itself.
    for (let i = 0; i < 64; i++) await sql`insert into t values (${'x'.repeat(32 * 1024)})`.execute(database.db);
    assert.equal(statSync(file).size, before, 'nothing copied by the connection that wrote');
    // The thread's checkpoint may land in steps: wait for the whole log, not for the first change.
    const copied = () => statSync(file).size > before + 2 * 1024 * 1024;
    for (let waited = 0; !copied() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(copied(), 'the thread copied the log into the file');
  } finally {
    await database.close();
  }
  assert.equal(existsSync(`${file}-wal`), false);
  rmSync(dataDir, { recursive: true, force: true });
});
