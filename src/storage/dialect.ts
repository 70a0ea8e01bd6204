// Every difference between SQLite and PostgreSQL sits here: how to connect, how to hold rows for
// the rest of a transaction, how to claim rows past another claimant, and how each reports a broken
// unique constraint. Everything else in storage/ is written once, upserts included: both databases
// speak `INSERT … ON CONFLICT (…) DO UPDATE`, which Kysely's `onConflict` writes for either.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SelectQueryBuilder, type SqliteDatabase } from 'kysely';
import type { Pool } from 'pg';
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
  /**
   * Whether `error` says the database could not be reached or dropped the connection (a restart,
   * a failover, a terminated backend, a locked file), so the same work may succeed later.
   */
  isUnavailable(error: unknown): boolean;
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
  isUnavailable(error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL)/.test(code);
  },
};

// Connection exceptions (class 08), shutdowns and "cannot connect now" (57P01-57P03), a database
// closed to connections, and the socket errors and messages pg gives when the server went away.
const pgUnavailableCodes = /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)$/;
const pgUnavailableMessages = /Connection terminated|not queryable|timeout exceeded when trying to connect|not currently accepting connections|the database system is (starting up|shutting down)/;

const postgresDialect: SqlDialect = {
  name: 'postgres',
  async lockRows(query) {
    await query.forUpdate().execute();
  },
  skipLocked: (query) => query.forUpdate().skipLocked(),
  isUniqueViolation: (error) => (error as { code?: string } | undefined)?.code === '23505',
  isUnavailable(error) {
    const e = error as { code?: unknown; message?: unknown } | undefined;
    return (typeof e?.code === 'string' && pgUnavailableCodes.test(e.code))
      || (typeof e?.message === 'string' && pgUnavailableMessages.test(e.message));
  },
};

const onConnectionError = (error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`);

export function openPostgres(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  // pg is loaded when the first query connects: a server on SQLite never loads it.
  const pool = async (): Promise<Pool> => {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      // pg needs an explicit user: USER is unset in CI.
      user: decodeURIComponent(url.username) || 'postgres',
      max: 10,
      connectionTimeoutMillis: 5_000,
    });
    // A pooled connection that the server drops (a restart, a failover, pg_terminate_backend) emits
    // 'error'; without a listener Node ends the process. The pool discards that client and the next
    // query connects afresh, so there is nothing to do but note it. A client checked out at that
    // moment has no pool listener: give every client its own, so its next query fails instead.
    pool.on('error', (error) => onConnectionError(error));
    pool.on('connect', (client) => { client.on('error', (error) => onConnectionError(error)); });
    return pool;
  };
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
  // Deleted and overwritten text is zeroed in the file, so erased personal data cannot be read back from it.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: sqliteDialect };
}

/**
 * Kysely's SQLite driver prepares every statement anew, and preparing costs more than running it:
 * keep the most recently used statements by their SQL text and hand them out again. Statements
 * run synchronously one at a time (the driver holds one connection), so one is never busy when it
 * is handed out again; SQLite re-prepares a cached statement itself after a schema change.
 */
export function reusingStatements(sqlite: SQLite.Database, capacity = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => { statements.clear(); sqlite.close(); },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql); // re-insert: the map's order is the order of last use
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
