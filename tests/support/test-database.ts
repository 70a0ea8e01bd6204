// Real databases for tests, never mocks: a fresh SQLite file per suite always, and a fresh
// PostgreSQL database per suite whenever TEST_DATABASE_URL is set (npm test sets it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import argon2 from 'argon2';
import { migrateToLatest, openDatabase, type Database } from '../../src/storage/database.ts';
import { composeDeps } from '../../src/composition.ts';
import type { Clock, Deps, PasswordHasher } from '../../src/ports.ts';
import { fixedClock } from '../../src/system/system-clock.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  database: Database;
  /** The URL of the PostgreSQL database (for starting a second server on it), if any. */
  url?: string;
  dataDir: string;
  destroy(): Promise<void>;
}

/** The database kinds this run covers: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

function adminPool(): pg.Pool {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  return new pg.Pool({ connectionString: url.toString(), user: decodeURIComponent(url.username) || 'postgres', max: 1 });
}

/** A fresh, migrated database of the given kind. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-test-'));
  if (kind === 'sqlite') {
    const database = openDatabase({ dataDir });
    await migrateToLatest(database);
    return { kind, database, dataDir, destroy: async () => { await database.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const name = `samskab_t_${randomBytes(6).toString('hex')}`;
  const admin = adminPool();
  await admin.query(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  if (!url.username) url.username = 'postgres';
  const database = openDatabase({ databaseUrl: url.toString(), dataDir });
  await migrateToLatest(database);
  return {
    kind, database, dataDir, url: url.toString(),
    destroy: async () => {
      await database.close();
      // pg's Pool.end() resolves before its sockets have closed; a forced drop would then kill a
      // closing connection and its error would surface as an uncaught exception in the test.
      for (let i = 0; i < 100; i++) {
        const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** argon2id with small cost parameters: the real algorithm, fast enough for tests. */
export const testPasswords: PasswordHasher = {
  hash: (password) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 }),
  verify: (hash, password) => argon2.verify(hash, password).catch(() => false),
};

/** The production adapters (composition.ts) at http://samskab.test with a fixed clock and cheap password hashes. */
export function testDeps(database: Database, clock: Clock = fixedClock('2026-03-01T09:00:00.000Z'), publicUrl = 'http://samskab.test'): Deps {
  return composeDeps(database, { publicUrl, clock, passwords: testPasswords });
}
