// Backing up and restoring the SQLite file while keeping both ends whole. A backup is SQLite's
// online backup, so it is safe while a server reads and writes; a restore checks the file first,
// refuses while any process holds the database, and swaps it in with one rename. Every refusal
// happens before the live database is touched.
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase } from '../database.ts';
import { migrations } from '../migrations/migration-list.ts';

export type RefusalReason =
  | 'missing' | 'not_database' | 'corrupt' | 'not_samskab' | 'newer_schema' | 'in_use' | 'target_exists' | 'same_file';

/** A backup or restore that was refused before anything changed; the message says why and what to do. */
export class DatabaseFileRefused extends Error {
  constructor(readonly reason: RefusalReason, message: string) {
    super(message);
  }
}

/** What a Samskab database file holds, as an operator checks it. */
export interface DatabaseFileReport {
  path: string;
  bytes: number;
  summits: number;
  /** The migrations applied to it, by name, oldest first. */
  migrations: string[];
  /** How many migrations this version of Samskab knows. */
  knownMigrations: number;
}

export interface RestoreReport extends DatabaseFileReport {
  /** The migrations run on the restored file because it came from an older version. */
  applied: string[];
  /** Where the database it replaced was kept, if there was one. */
  previous: string | undefined;
}

const header = Buffer.from('SQLite format 3\0', 'latin1');
/** Long enough to outlast a command's short transaction, too short to wait for a server. */
const LOCK_WAIT_MS = 1_000;

function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new DatabaseFileRefused('missing', `${what} ${path} does not exist.`);
  if (!statSync(path).isFile()) throw new DatabaseFileRefused('missing', `${what} ${path} is not a file.`);
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const start = Buffer.alloc(header.length);
    return readSync(fd, start, 0, header.length, 0) === header.length && start.equals(header);
  } finally {
    closeSync(fd);
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A name beside `path` for a file being written, unique to this process. */
const beside = (path: string, what: string) => join(dirname(path), `.${basename(path)}.${what}-${process.pid}`);

function removeWithJournals(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Checks that `path` is a whole Samskab database this version can run: SQLite's integrity check
 * passes, it has Samskab's migration history and tables, and no migration unknown to this version.
 */
export function inspectDatabaseFile(path: string, name = path): DatabaseFileReport {
  requireFile(path, 'The file');
  if (!hasSqliteHeader(path)) throw new DatabaseFileRefused('not_database', `${name} is not an SQLite database.`);
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseFileRefused('not_database', `${name} cannot be opened as an SQLite database: ${(error as Error).message}.`);
  }
  try {
    let problems: string[];
    try {
      problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      throw new DatabaseFileRefused('corrupt', `${name} is damaged: ${(error as Error).message}.`);
    }
    if (problems.join() !== 'ok') throw new DatabaseFileRefused('corrupt', `${name} is damaged: ${problems.slice(0, 3).join('; ')}.`);
    const tables = new Set((sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    if (!tables.has('kysely_migration') || !tables.has('summits')) {
      throw new DatabaseFileRefused('not_samskab', `${name} is an SQLite database, but not a Samskab database (it has no Samskab tables).`);
    }
    const applied = (sqlite.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((m) => m.name);
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0) {
      throw new DatabaseFileRefused('newer_schema', `${name} comes from a newer version of Samskab (migrations this version does not know: ${unknown.join(', ')}). Install that version or a later one to restore it.`);
    }
    const { n } = sqlite.prepare('select count(*) as n from summits').get() as { n: number };
    return { path, bytes: statSync(path).size, summits: n, migrations: applied, knownMigrations: Object.keys(migrations).length };
  } finally {
    sqlite.close();
  }
}

/**
 * Copies the database at `source` to a new file `target` with SQLite's online backup, safe while
 * servers read and write it: the copy is one consistent snapshot holding every transaction
 * committed before it began. The copy is checked (`inspectDatabaseFile`) and synced before it
 * appears under its name; an existing `target` is never overwritten.
 */
export async function backupDatabaseFile(source: string, target: string): Promise<DatabaseFileReport> {
  requireFile(source, 'The database');
  if (existsSync(target)) throw new DatabaseFileRefused('target_exists', `${target} already exists: a backup never overwrites a file. Choose a new name.`);
  if (!existsSync(dirname(target))) throw new DatabaseFileRefused('missing', `The folder ${dirname(target)} does not exist.`);
  const partial = beside(target, 'partial');
  const live = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    // A step that copies everything reads one snapshot; writers carry on meanwhile (WAL). With
    // small steps, every write by a server in between would restart the copy from the beginning.
    await live.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    removeWithJournals(partial);
    throw error;
  } finally {
    live.close();
  }
  try {
    // A backup is one self-contained file: rollback journal mode, so it needs no -wal beside it.
    const copy = new SQLite(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const report = inspectDatabaseFile(partial);
    fsyncPath(partial);
    // A link fails where a rename would overwrite a file that appeared meanwhile.
    try {
      linkSync(partial, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new DatabaseFileRefused('target_exists', `${target} already exists: a backup never overwrites a file. Choose a new name.`);
      throw error;
    }
    fsyncPath(dirname(target));
    return { ...report, path: target };
  } finally {
    removeWithJournals(partial);
  }
}

/**
 * Holds `path` so that no other process can open it, or refuses: a server keeps its database open
 * (SQLite in WAL mode holds a shared lock for as long as a connection lives), so the exclusive lock
 * is granted only when no server or command has the file open. Its WAL is folded into the file.
 */
function lockIdleDatabase(path: string): SQLite.Database {
  const sqlite = new SQLite(path, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('begin exclusive');
    sqlite.exec('commit');
    sqlite.pragma('journal_mode = DELETE');
    return sqlite;
  } catch (error) {
    sqlite.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new DatabaseFileRefused('in_use', `${path} is in use: a Samskab server or command has it open. Stop every server on this data folder, then restore.`);
    }
    throw error;
  }
}

/** An ISO time as a file name part. */
const stamp = (at: string) => at.replace(/[:.]/g, '-');

/**
 * Replaces the database at `live` by a copy of `source` after checking it (`inspectDatabaseFile`),
 * then brings it up to this version's schema. The copy is written beside `live`, synced, and
 * renamed over it, so a crash leaves either database whole, never a mix; stale -wal and -shm files
 * go, since SQLite would otherwise replay the old database's log into the new one. The replaced
 * database stays beside it as `<live>.replaced-<time>`. Refuses while any process holds `live`.
 */
export async function restoreDatabaseFile(source: string, live: string, at: string): Promise<RestoreReport> {
  requireFile(source, 'The file');
  if (existsSync(live) && realpathSync(source) === realpathSync(live)) {
    throw new DatabaseFileRefused('same_file', `${source} is the database itself: restore from a backup file.`);
  }
  if (!hasSqliteHeader(source)) throw new DatabaseFileRefused('not_database', `${source} is not an SQLite database.`);
  mkdirSync(dirname(live), { recursive: true });
  const incoming = beside(live, 'restoring');
  removeWithJournals(incoming);
  let lock: SQLite.Database | undefined;
  try {
    try {
      const from = new SQLite(source, { readonly: true, fileMustExist: true });
      try {
        await from.backup(incoming, { progress: () => 0x7fffffff });
      } finally {
        from.close();
      }
      const copy = new SQLite(incoming, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    } catch (error) {
      if (!(error instanceof SQLite.SqliteError)) throw error;
      throw new DatabaseFileRefused('corrupt', `${source} is damaged: it cannot be read as an SQLite database (${error.message}).`);
    }
    inspectDatabaseFile(incoming, source);
    fsyncPath(incoming);

    let previous: string | undefined;
    if (existsSync(live)) {
      lock = lockIdleDatabase(live);
      previous = `${live}.replaced-${stamp(at)}`;
      try {
        linkSync(live, previous);
      } catch {
        copyFileSync(live, previous);
      }
    }
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
    renameSync(incoming, live);
    fsyncPath(dirname(live));
    lock?.close();
    lock = undefined;
    for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });

    const before = inspectDatabaseFile(live).migrations;
    const database = openDatabase({ dataDir: dirname(live), sqliteFile: basename(live) });
    try {
      await migrateToLatest(database);
    } finally {
      await database.close();
    }
    const report = inspectDatabaseFile(live);
    return { ...report, applied: report.migrations.filter((name) => !before.includes(name)), previous };
  } finally {
    lock?.close();
    removeWithJournals(incoming);
  }
}
