// Opens the database the configuration names and brings its schema up to date. What differs
// between SQLite and PostgreSQL lives in dialect.ts.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { openPostgres, openSqlite, type BatchedTransaction, type SqlDialect } from './dialect.ts';
import { migrations } from './migrations/migration-list.ts';
import type { KeptReads } from './kept-reads.ts';
import type { Readiness } from '../ports.ts';
import type { DB } from './schema.ts';

export interface Database {
  db: Kysely<DB>;
  dialect: SqlDialect;
  /** PostgreSQL only (dialect.ts). */
  batched?: BatchedTransaction;
  /** PostgreSQL only (kept-reads.ts). */
  keptReads?: KeptReads;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… when set; otherwise SQLite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir, or ':memory:'. */
  sqliteFile?: string;
}

/** The SQLite file's name inside the data folder. */
export const sqliteFileName = 'samskab.sqlite';

export function openDatabase(options: DatabaseOptions): Database {
  const { db, dialect, batched, keptReads } = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openSqlite(options.dataDir, options.sqliteFile ?? sqliteFileName);
  return {
    db, dialect, ...(batched ? { batched } : {}), ...(keptReads ? { keptReads } : {}),
    close: async () => { await keptReads?.close(); await db.destroy(); },
  };
}

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Whether the database answers and has applied every migration this build knows. */
export async function readiness(database: Database): Promise<Readiness> {
  try {
    const known = await new Migrator({ db: database.db, provider: new StaticMigrations() }).getMigrations();
    return { databaseReachable: true, migrationsCurrent: known.every((m) => m.executedAt !== undefined) };
  } catch {
    return { databaseReachable: false, migrationsCurrent: false };
  }
}

/**
 * Whether the database has applied every migration this build knows and no other: one query,
 * where Kysely's migrator would check its tables, take its lock and read the list under it. On any
 * doubt (no migration table yet, an unknown migration, an error) the migrator decides.
 */
async function appliedExactly(database: Database): Promise<boolean> {
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    const applied = new Set(rows.rows.map((r) => r.name));
    return applied.size === Object.keys(migrations).length && Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    return false;
  }
}

/** Brings the schema up to date; safe to call from several processes at start-up. */
export async function migrateToLatest(database: Database): Promise<void> {
  if (await appliedExactly(database)) return;
  // Migrations from features built side by side may land out of date order; each stands alone.
  const migrator = new Migrator({ db: database.db, provider: new StaticMigrations(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
