// Every difference between SQLite and PostgreSQL sits here: how to connect, how to hold rows for
// the rest of a transaction, how to claim rows past another claimant, and how each reports a broken
// unique constraint. Everything else in storage/ is written once, upserts included: both databases
// speak `INSERT … ON CONFLICT (…) DO UPDATE`, which Kysely's `onConflict` writes for either.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SelectQueryBuilder } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Holds the rows `query` selects against every other writer until the transaction ends. */
  lockRows<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<void>;
  /**
   * `query`, as the row choice of a claiming statement, passes over rows that a concurrent claim
   * holds instead of waiting for it, so two workers never pick the same row.
   */
  skipLocked<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  isUniqueViolation(error: unknown): boolean;
}

export interface Connection {
  db: Kysely<DB>;
  dialect: SqlDialect;
}

const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  // SQLite has a single writer: a writing transaction already excludes all others.
  lockRows: async () => undefined,
  // A claiming statement runs under the writer lock, so no other claim can hold a row it sees.
  skipLocked: (query) => query,
  isUniqueViolation(error) {
    const e = error as { code?: string; message?: string } | undefined;
    // A broken primary key reports SQLITE_CONSTRAINT_PRIMARYKEY with the same message.
    return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
  },
};

const postgresDialect: SqlDialect = {
  name: 'postgres',
  async lockRows(query) {
    await query.forUpdate().execute();
  },
  skipLocked: (query) => query.forUpdate().skipLocked(),
  isUniqueViolation: (error) => (error as { code?: string } | undefined)?.code === '23505',
};

export function openPostgres(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // pg needs an explicit user: USER is unset in CI.
    user: decodeURIComponent(url.username) || 'postgres',
    max: 10,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: postgresDialect };
}

/** `file` inside `dataDir`, or ':memory:'. */
export function openSqlite(dataDir: string, file: string): Connection {
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(file === ':memory:' ? ':memory:' : join(dataDir, file));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: sqliteDialect };
}
