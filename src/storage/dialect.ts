// Every difference between SQLite and PostgreSQL sits here: how to connect, how to hold rows for
// the rest of a transaction, how to claim rows past another claimant, and how each reports a broken
// unique constraint. Everything else in storage/ is written once, upserts included: both databases
// speak `INSERT … ON CONFLICT (…) DO UPDATE`, which Kysely's `onConflict` writes for either.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type CompiledQuery, type PostgresPool, type SelectQueryBuilder, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { DB } from './schema.ts';
import { preparedStatementNames } from './executor.ts';
import { keptReads, mayHaveChanged, type KeptReads } from './kept-reads.ts';

export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Holds the rows `query` selects against every other writer until the transaction ends. */
  lockRows<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<void>;
  /** The statement lockRows sends, for a transaction that sends it later (BatchedTransaction). */
  lockingQuery<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /**
   * `query`, as the row choice of a claiming statement, passes over rows that a concurrent claim
   * holds instead of waiting for it, so two workers never pick the same row.
   */
  skipLocked<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  isUniqueViolation(error: unknown): boolean;
  /** The unique index or constraint `error` says was broken, where the database names it. */
  violatedUniqueIndex(error: unknown): string | undefined;
  /**
   * Whether `error` says the database could not be reached or dropped the connection (a restart,
   * a failover, a terminated backend, a locked file), so the same work may succeed later.
   */
  isUnavailable(error: unknown): boolean;
  /**
   * The collation that orders text as Intl.Collator('da', { sensitivity: 'base' }) does
   * (migration 2026-12-06-10), where the database has one: PostgreSQL's ICU. SQLite has none, so
   * what must be in Danish order is ordered by the application there.
   */
  readonly danishCollation: string | undefined;
}

export interface Connection {
  db: Kysely<DB>;
  dialect: SqlDialect;
  /** PostgreSQL only: transactions that send their statements in as few round trips as they can. */
  batched?: BatchedTransaction;
  /** PostgreSQL only: the page views' reads kept in memory while the database says nothing moved. */
  keptReads?: KeptReads;
}

/**
 * Runs `work` in one transaction on one connection. Statements handed to `later` (whose answer
 * nothing waits for: the lock, inserts) are not sent on their own: they go, in order, in the same
 * round trip as the next statement `work` sends through `db`, or with the commit. `begin` goes with
 * the first statement. An error of any of them fails that round trip, and the transaction is rolled
 * back as a whole, so what `work` returned is kept only if every statement succeeded. `failed`
 * tells whether a round trip has failed so far, whichever await it failed.
 */
export type BatchedTransaction = <T>(work: (db: Kysely<DB>, later: (query: CompiledQuery) => void, failed: () => boolean) => Promise<T>) => Promise<T>;

const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  danishCollation: undefined,
  // SQLite has a single writer: a writing transaction already excludes all others.
  lockRows: async () => undefined,
  lockingQuery: (query) => query,
  // A claiming statement runs under the writer lock, so no other claim can hold a row it sees.
  skipLocked: (query) => query,
  isUniqueViolation(error) {
    const e = error as { code?: string; message?: string } | undefined;
    // A broken primary key reports SQLITE_CONSTRAINT_PRIMARYKEY with the same message.
    return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
  },
  // SQLite names the columns, not the index.
  violatedUniqueIndex: () => undefined,
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
  danishCollation: 'da_base',
  async lockRows(query) {
    await query.forUpdate().execute();
  },
  lockingQuery: (query) => query.forUpdate(),
  skipLocked: (query) => query.forUpdate().skipLocked(),
  isUniqueViolation: (error) => (error as { code?: string } | undefined)?.code === '23505',
  violatedUniqueIndex(error) {
    const e = error as { code?: string; constraint?: unknown } | undefined;
    return e?.code === '23505' && typeof e.constraint === 'string' ? e.constraint : undefined;
  },
  isUnavailable(error) {
    const e = error as { code?: unknown; message?: unknown } | undefined;
    return (typeof e?.code === 'string' && pgUnavailableCodes.test(e.code))
      || (typeof e?.message === 'string' && pgUnavailableMessages.test(e.message));
  },
};

const onConnectionError = (error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`);

export function openPostgres(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  // pg is loaded when the first query connects: a server on SQLite never loads it. One pool,
  // created once, serves Kysely and the batched transactions.
  let created: Promise<Pool> | undefined;
  const pool = (): Promise<Pool> => created ??= (async () => {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      // pg needs an explicit user: USER is unset in CI.
      user: decodeURIComponent(url.username) || 'postgres',
      // Seat-changing work queues on the summit's row lock, each waiter holding a connection: with
      // 10, a burst of nominations left nothing for the reads before the lock and for page views.
      max: 20,
      connectionTimeoutMillis: 5_000,
    });
    // A pooled connection that the server drops (a restart, a failover, pg_terminate_backend) emits
    // 'error'; without a listener Node ends the process. The pool discards that client and the next
    // query connects afresh, so there is nothing to do but note it. A client checked out at that
    // moment has no pool listener: give every client its own, so its next query fails instead.
    pool.on('error', (error) => onConnectionError(error));
    pool.on('connect', (client) => { client.on('error', (error) => onConnectionError(error)); });
    return pool;
  })();
  const kept = keptReads({ pool });
  // Every statement goes through `send`: a prepared query's text as its named statement, and
  // anything that may have changed a row telling the kept reads once it is answered.
  const send: Send = async (client, text, values = []) => {
    let result: QueryResult;
    try {
      result = await queryNamed(client, text, values);
    } catch (error) {
      kept.changed();
      throw error;
    }
    if (mayHaveChanged(text, result)) kept.changed();
    return result;
  };
  const sending = async (): Promise<PostgresPool> => {
    const shared = await pool();
    return {
      connect: async () => {
        const client = await shared.connect();
        return { query: (text: string, values?: readonly unknown[]) => send(client, text, values), release: (error?: Error | boolean) => client.release(error) };
      },
      end: () => shared.end(),
    } as unknown as PostgresPool;
  };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: sending }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: postgresDialect, batched: batchedTransactions(pool, send), keptReads: kept };
}

type Send = (client: PoolClient, text: string, values?: readonly unknown[]) => Promise<QueryResult>;

/**
 * Runs a prepared query's text as the named statement it is (executor.ts): pg prepares it on a
 * connection the first time and then sends only its values. Any other text is sent as it is.
 */
function queryNamed(client: PoolClient, text: string, values: readonly unknown[]): Promise<QueryResult> {
  const name = preparedStatementNames.get(text);
  return name ? client.query({ name, text, values: [...values] }) : client.query(text, [...values]);
}

/**
 * BatchedTransaction on PostgreSQL. pg sends one statement at a time and waits for its answer; a
 * transaction that holds a summit's row lock keeps every other request on that summit waiting
 * through each of those round trips (and each turn of a loaded event loop before the next is
 * sent). Several statements in one simple-protocol query run one after the other in the server,
 * each with a snapshot of its own as if sent apart, so the lock and the seat state go in one round
 * trip and the inserts with the commit in another. The simple protocol takes no parameters: they
 * are written into the text as literals (inlineParameters).
 */
function batchedTransactions(pool: () => Promise<Pool>, run: Send): BatchedTransaction {
  return async (work) => {
    const client = await (await pool()).connect();
    const waiting: string[] = ['begin'];
    let failed = false;
    const send = async (text: string, values: readonly unknown[] = []): Promise<QueryResult> => {
      try {
        if (waiting.length === 0) return await run(client, text, values);
        const batch = [...waiting.splice(0), inlineParameters(text, values)].join(';\n');
        const results = (await run(client, batch)) as QueryResult | QueryResult[];
        return Array.isArray(results) ? results[results.length - 1]! : results;
      } catch (error) {
        failed = true;
        throw error;
      }
    };
    // Kysely over this one connection: its queries come through `send`.
    const one = { connect: async () => ({ query: send, release: () => undefined }), end: async () => undefined } as unknown as PostgresPool;
    const trx = new Kysely<DB>({ dialect: new PostgresDialect({ pool: one }), plugins: [new CamelCasePlugin()] });
    let broken: Error | undefined;
    try {
      const result = await work(trx, (query) => { waiting.push(inlineParameters(query.sql, query.parameters)); }, () => failed);
      // COMMIT of a transaction an error left aborted answers ROLLBACK.
      if ((await send('commit')).command === 'ROLLBACK') throw new Error('The transaction was rolled back');
      return result;
    } catch (error) {
      waiting.length = 0;
      try { await run(client, 'rollback'); } catch (rollbackError) { broken = rollbackError as Error; }
      throw error;
    } finally {
      // A connection that could not roll back is discarded by the pool, not handed out again.
      client.release(broken);
    }
  };
}

/**
 * `text` with its $1, $2, … replaced by `values` as SQL literals: the same text pg would send for
 * each as a parameter (strings as they are, numbers and booleans as their text, dates in ISO form),
 * quoted as pg's escapeLiteral quotes, so a literal means to the server what the parameter would.
 * Placeholders inside quoted literals and identifiers are left alone; any other kind of value is
 * refused.
 */
export function inlineParameters(text: string, values: readonly unknown[]): string {
  if (values.length === 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      let end = i + 1;
      for (;;) {
        end = text.indexOf(c, end);
        if (end < 0) throw new Error('Unterminated quote in SQL');
        if (text[end + 1] === c) { end += 2; continue; }
        break;
      }
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (c === '$' && /[0-9]/.test(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < text.length && /[0-9]/.test(text[j]!)) j++;
      const index = Number(text.slice(i + 1, j)) - 1;
      if (index < 0 || index >= values.length) throw new Error(`No value for $${index + 1}`);
      out += sqlLiteral(values[index]);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * pg's escapeLiteral (pg/lib/utils.js), here so that pg is not loaded for it: quotes doubled, and
 * text with a backslash written as an E'' literal with the backslashes doubled, which reads the
 * same whatever standard_conforming_strings is.
 */
function escapeLiteral(text: string): string {
  const quoted = text.replace(/'/g, "''");
  return text.includes('\\') ? ` E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}

function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return escapeLiteral(value);
  if (typeof value === 'number' || typeof value === 'bigint') return escapeLiteral(String(value));
  if (typeof value === 'boolean') return value ? "'true'" : "'false'";
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  throw new Error(`Cannot write a ${typeof value} into SQL as a literal`);
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
  const checkpoints = file === ':memory:' ? undefined : checkpointInThread(sqlite, join(dataDir, file));
  // Prepared once: better-sqlite3's pragma() prepares its statement anew on every call.
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  const kept = keptReads({ dataVersion: () => dataVersion.get() as number });
  const database = reusingStatements(sqlite, kept.changed);
  const close = () => { checkpoints?.stop(); database.close(); };
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: { ...database, close } }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: sqliteDialect, keptReads: kept };
}

/**
 * Kysely's SQLite driver prepares every statement anew, and preparing costs more than running it:
 * keep the most recently used statements by their SQL text and hand them out again. Statements
 * run synchronously one at a time (the driver holds one connection), so one is never busy when it
 * is handed out again; SQLite re-prepares a cached statement itself after a schema change.
 */
export function reusingStatements(sqlite: SQLite.Database, changed: () => void = () => undefined, capacity = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement | SqliteStatement>();
  return {
    close: () => { statements.clear(); sqlite.close(); },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql); // re-insert: the map's order is the order of last use
      } else {
        statement = observingChanges(sql, sqlite.prepare(sql), changed);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * A statement that tells `changed` once it has run, unless it only reads or is a write that
 * changed no row (the outbox's poll for due mail): the kept reads (kept-reads.ts) go then. SQLite
 * runs a statement within the call, so no read can come between the change and the telling.
 */
function observingChanges(sql: string, statement: SQLite.Statement, changed: () => void): SQLite.Statement | SqliteStatement {
  if (/^\s*select\b/i.test(sql)) return statement;
  const counted = /^\s*(insert|update|delete)\b/i.test(sql);
  return {
    reader: statement.reader,
    all(parameters: readonly unknown[]) {
      const rows = statement.all(parameters);
      if (!counted || rows.length > 0) changed();
      return rows;
    },
    run(parameters: readonly unknown[]) {
      const result = statement.run(parameters);
      if (!counted || Number(result.changes) > 0) changed();
      return result;
    },
    iterate(parameters: readonly unknown[]) {
      changed();
      return statement.iterate(parameters);
    },
  };
}

// Checkpoints of SQLite's write-ahead log in a thread of their own. By default the connection that
// commits the 1,000th page of log copies the log into the database file and syncs it, inside that
// commit: on the server's one connection that is the request event loop, and it made a shared
// commit of 20 nominations 2.4 times as slow as without it (3.2 against 1.3 ms, measured over
// 3,000 nominations), now and then stalling the loop for tens of milliseconds. The server's
// connection checkpoints no more; a second connection in a worker thread copies what is committed
// every quarter of a second, passively: it never waits for the writer or holds it up, and the next
// write after a complete copy starts the log afresh, so the log stays as short as a quarter of a
// second of writes.

/** How often the thread copies the log into the database file. */
const CHECKPOINT_EVERY_MS = 250;

// CommonJS evaluated in the worker, so it needs no loader for TypeScript and no entry of its own in
// the build; better-sqlite3 is found where this process found it.
const checkpointer = `
  const { parentPort, workerData } = require('node:worker_threads');
  const SQLite = require(workerData.driver);
  const db = new SQLite(workerData.path, { fileMustExist: true });
  const timer = setInterval(() => {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error && error.message || error)); }
  }, workerData.everyMs);
  parentPort.on('message', () => {
    clearInterval(timer);
    db.close();
    const closed = new Int32Array(workerData.closed);
    Atomics.store(closed, 0, 1);
    Atomics.notify(closed, 0);
    parentPort.close();
  });
`;

interface WalCheckpoints {
  /**
   * Ends the thread and waits (a second at most) until its connection is closed, so that the
   * caller's connection is the last and, closing, leaves the database whole in its file.
   */
  stop(): void;
}

/**
 * Moves the checkpoints of the database at `path`, open as `sqlite`, into a worker thread. Should
 * the thread fail, `sqlite` checkpoints itself again as SQLite does by default.
 */
function checkpointInThread(sqlite: SQLite.Database, path: string): WalCheckpoints {
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopped = false;
  const fallBack = (reason: unknown) => {
    if (stopped) return;
    stopped = true;
    console.error(`SQLite checkpoints are back on the main thread: ${reason instanceof Error ? reason.message : String(reason)}`);
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  };
  const closed = new SharedArrayBuffer(4);
  const worker = new Worker(checkpointer, {
    eval: true,
    workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path, everyMs: CHECKPOINT_EVERY_MS, closed },
  });
  // The thread never keeps a process alive: one that ends without stop() checkpoints as it closes.
  worker.unref();
  worker.on('error', fallBack);
  worker.on('exit', (code) => { if (code !== 0) fallBack(new Error(`the checkpoint thread stopped (exit code ${code})`)); });
  worker.on('message', (message: string) => console.error(`SQLite checkpoint: ${message}`));
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      Atomics.wait(new Int32Array(closed), 0, 0, 1000);
    },
  };
}
