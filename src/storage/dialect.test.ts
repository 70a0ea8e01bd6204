import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { reusingStatements } from './dialect.ts';

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
  const database = reusingStatements(sqlite, 2);
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
