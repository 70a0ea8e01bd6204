// `samskab backup` and `samskab restore` on SQLite, run as an operator runs them: the real CLI
// against the data folder of a real server. A backup taken while the server answers a burst of
// nominations and answers holds every write acknowledged before it began, and restores into a
// consistent database; a restore checks its file first, refuses while a server holds the
// database, and on every refusal changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator, type Migration } from 'kysely';
import { migrateToLatest, openDatabase } from '../../src/storage/database.ts';
import { migrations } from '../../src/storage/migrations/migration-list.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { systemClock } from '../../src/system/system-clock.ts';
import { buildRecruitingSummit, participantTokens } from '../support/registration.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { testDeps } from '../support/test-database.ts';

const cli = join(import.meta.dirname, '../../bin/samskab.js');

function samskab(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const scratch: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-backup-'));
  scratch.push(dir);
  return dir;
}
after(() => { for (const dir of scratch) rmSync(dir, { recursive: true, force: true }); });

/** Reads a database file directly (read-only), for what the stores do not show. */
function inspect(file: string) {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const invitations = sqlite.prepare('select email, status, organisation_id as organisationId from invitations').all() as { email: string; status: string; organisationId: string }[];
    return {
      integrity: (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join(),
      foreignKeyProblems: (sqlite.pragma('foreign_key_check') as unknown[]).length,
      invitations: new Map(invitations.map((i) => [i.email, i])),
      quotas: new Map((sqlite.prepare('select id, quota from organisations').all() as { id: string; quota: number }[]).map((o) => [o.id, o.quota])),
      migrations: (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map((m) => m.name),
    };
  } finally {
    sqlite.close();
  }
}

/** A data folder with a migrated database holding a summit whose organisations recruit through links. */
async function recruitingDataFolder(spec: { organisations: number; seats: number; pending: number }) {
  const dataDir = folder();
  const database = openDatabase({ dataDir });
  try {
    await migrateToLatest(database);
    // The system clock: the server answers on it, and answer deadlines must lie ahead of it.
    const deps = testDeps(database, systemClock);
    const { summit, organisations } = await buildRecruitingSummit(deps, spec);
    for (let i = 0; i < spec.pending; i++) {
      const o = organisations[i % organisations.length]!;
      await nominateParticipant(deps, o.token, { name: `Før ${i}`, email: `foer${i}@example.dk` });
    }
    const tokens = [...(await participantTokens(deps, summit.id)).entries()];
    return { dataDir, summit, recruiterTokens: organisations.map((o) => o.token), participantTokens: tokens };
  } finally {
    await database.close();
  }
}

interface Ack { kind: 'nominated' | 'accepted'; email: string; at: number }

/**
 * Nominations and acceptances from `workers` clients at once until stopped, each from its own
 * address (the server trusts X-Forwarded-For); every acknowledged write is noted with its time.
 */
function startLoad(server: ServerProcess, recruiterTokens: string[], pending: [string, string][], workers = 8) {
  const acks: Ack[] = [];
  const failures: string[] = [];
  let stopped = false;
  let sequence = 0;
  const post = (path: string, body: unknown, client: string) => fetch(`${server.url}${path}`, {
    method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  });
  const work = async (w: number) => {
    for (let i = 0; !stopped; i++) {
      const n = sequence++;
      const client = `10.${w}.${(i >> 8) & 255}.${i & 255}`;
      const answer = i % 2 === 1 ? pending.pop() : undefined;
      if (answer) {
        const [email, token] = answer;
        const response = await post(`/api/v1/invitations/${token}/accept`, {}, client);
        if (response.status === 200) acks.push({ kind: 'accepted', email, at: performance.now() });
        else failures.push(`accept ${response.status} ${await response.text()}`);
      } else {
        const email = `last${n}@example.dk`;
        const response = await post(`/api/v1/recruiter/${recruiterTokens[n % recruiterTokens.length]}/nominations`, { name: `Last ${n}`, email }, client);
        if (response.status === 201) acks.push({ kind: 'nominated', email, at: performance.now() });
        else failures.push(`nominate ${response.status} ${await response.text()}`);
      }
    }
  };
  const running = Promise.all(Array.from({ length: workers }, (_, w) => work(w)));
  return {
    acks, failures,
    async stop() { stopped = true; await running; },
  };
}

describe('samskab backup while a server is under load', () => {
  let server: ServerProcess;
  let setup: Awaited<ReturnType<typeof recruitingDataFolder>>;
  let backupFile: string;
  let backupRun: Awaited<ReturnType<typeof samskab>>;
  let ackedBefore: Ack[];
  let ackedDuring: number;
  let load: ReturnType<typeof startLoad>;

  before(async () => {
    setup = await recruitingDataFolder({ organisations: 8, seats: 25, pending: 80 });
    server = await startServer({ dataDir: setup.dataDir, env: { TRUST_PROXY: 'true' } });
    load = startLoad(server, setup.recruiterTokens, [...setup.participantTokens]);
    // Let the burst get going, so the backup starts in the middle of it.
    while (load.acks.length < 40 && load.failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    backupFile = join(folder(), 'samskab-backup.sqlite');
    const startedAt = performance.now();
    ackedBefore = [...load.acks];
    backupRun = await samskab(['backup', backupFile], setup.dataDir);
    const endedAt = performance.now();
    ackedDuring = load.acks.filter((a) => a.at > startedAt && a.at < endedAt).length;
    await load.stop();
  });
  after(async () => { await server?.kill(); });

  it('writes a checked backup while the server keeps answering writes', async () => {
    assert.equal(backupRun.code, 0, backupRun.stderr);
    assert.match(backupRun.stdout, /Backed up .* to .*samskab-backup\.sqlite in [\d.]+ s: [\d.]+ MB, 1 summit\(s\), schema at \S+ \(\d+ of the \d+ migrations this version knows\), integrity ok\./);
    assert.deepEqual(load.failures, [], 'every write during the backup got a definite answer');
    assert.ok(ackedDuring > 0, 'writes were acknowledged while the backup ran');
    assert.ok(server.alive(), server.output());
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    assert.deepEqual(readdirSync(join(backupFile, '..')), ['samskab-backup.sqlite'], 'one self-contained file, no -wal beside it');
  });

  it('restores into a fresh folder a consistent database holding every write acknowledged before the backup began', async () => {
    const fresh = join(folder(), 'data');
    const restored = await samskab(['restore', backupFile], fresh);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /Restored .* 1 summit\(s\).*integrity ok\.\nIts schema was current/);
    const state = inspect(join(fresh, 'samskab.sqlite'));
    assert.equal(state.integrity, 'ok');
    assert.equal(state.foreignKeyProblems, 0);
    assert.ok(ackedBefore.some((a) => a.kind === 'accepted') && ackedBefore.some((a) => a.kind === 'nominated'));
    for (const ack of ackedBefore) {
      const invitation = state.invitations.get(ack.email);
      assert.ok(invitation, `the acknowledged nomination of ${ack.email} is in the backup`);
      if (ack.kind === 'accepted') assert.equal(invitation.status, 'confirmed', `the acknowledged acceptance of ${ack.email} is in the backup`);
    }
    const held = new Map<string, number>();
    for (const i of state.invitations.values()) if (i.status === 'pending' || i.status === 'confirmed') held.set(i.organisationId, (held.get(i.organisationId) ?? 0) + 1);
    for (const [organisation, n] of held) assert.ok(n <= state.quotas.get(organisation)!, `organisation ${organisation} holds ${n} seats, within its quota`);
  });

  it('refuses to restore over the database while a server holds it, changing nothing', async () => {
    const live = join(setup.dataDir, 'samskab.sqlite');
    const before = inspect(live).invitations.size;
    const files = readdirSync(setup.dataDir).sort();
    const refused = await samskab(['restore', backupFile], setup.dataDir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is in use: a Samskab server or command has it open\. Stop every server on this data folder, then restore\. Nothing was changed\./);
    assert.deepEqual(readdirSync(setup.dataDir).sort(), files, 'no file added or removed');
    assert.equal(inspect(live).invitations.size, before);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200, 'the server carries on');
  });
});

describe('samskab restore after a server was killed', () => {
  it('replaces the database without replaying the killed server\'s stale log, and keeps the replaced one whole', async () => {
    const setup = await recruitingDataFolder({ organisations: 2, seats: 10, pending: 0 });
    const server = await startServer({ dataDir: setup.dataDir, env: { TRUST_PROXY: 'true' } });
    const nominate = (email: string) => fetch(`${server.url}/api/v1/recruiter/${setup.recruiterTokens[0]}/nominations`, {
      method: 'POST', body: JSON.stringify({ name: email, email }), headers: { 'content-type': 'application/json' },
    });
    const backupFile = join(folder(), 'b.sqlite');
    try {
      assert.equal((await nominate('i-backup@example.dk')).status, 201);
      assert.equal((await samskab(['backup', backupFile], setup.dataDir)).code, 0);
      assert.equal((await nominate('efter-backup@example.dk')).status, 201);
    } finally {
      await server.kill('SIGKILL');
    }
    const live = join(setup.dataDir, 'samskab.sqlite');
    assert.ok(existsSync(`${live}-wal`), 'the killed server left its log behind');

    const restored = await samskab(['restore', backupFile], setup.dataDir);
    assert.equal(restored.code, 0, restored.stderr);
    const state = inspect(live);
    assert.equal(state.integrity, 'ok');
    assert.ok(state.invitations.has('i-backup@example.dk'));
    assert.ok(!state.invitations.has('efter-backup@example.dk'), 'the restored database is the backup, not the backup plus the old log');
    const kept = /kept as (\S+);/.exec(restored.stdout)?.[1];
    assert.ok(kept && existsSync(kept), restored.stdout);
    assert.ok(inspect(kept).invitations.has('efter-backup@example.dk'), 'the replaced database keeps what its log held');
  });
});

describe('samskab restore with bad input', () => {
  let dataDir: string;
  let live: string;
  let goodBackup: string;

  before(async () => {
    ({ dataDir } = await recruitingDataFolder({ organisations: 1, seats: 2, pending: 1 }));
    live = join(dataDir, 'samskab.sqlite');
    goodBackup = join(folder(), 'good.sqlite');
    assert.equal((await samskab(['backup', goodBackup], dataDir)).code, 0);
  });

  /** Runs `restore file` and asserts the refusal: exit 1, one message, the data folder byte for byte as before. */
  async function assertRefused(file: string, message: RegExp) {
    const files = readdirSync(dataDir).sort();
    const bytes = readFileSync(live);
    const result = await samskab(['restore', file], dataDir);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stderr, message);
    assert.match(result.stderr, /Nothing was changed\.\n$/);
    assert.equal(result.stderr.trim().split('\n').length, 1, 'one line');
    assert.deepEqual(readdirSync(dataDir).sort(), files);
    assert.ok(readFileSync(live).equals(bytes), 'the database is unchanged');
  }

  it('refuses a file that does not exist', async () => {
    await assertRefused(join(folder(), 'nope.sqlite'), /The file .*nope\.sqlite does not exist\./);
  });

  it('refuses a file that is not an SQLite database', async () => {
    const file = join(folder(), 'notes.sqlite');
    writeFileSync(file, 'navn;email\nAnne;anne@example.dk\n'.repeat(100));
    await assertRefused(file, /notes\.sqlite is not an SQLite database\./);
  });

  it('refuses an SQLite database of another application', async () => {
    const file = join(folder(), 'other.sqlite');
    const other = new SQLite(file);
    other.exec('create table customers (id integer primary key, name text)');
    other.close();
    await assertRefused(file, /other\.sqlite is an SQLite database, but not a Samskab database/);
  });

  it('refuses a backup from a newer version of Samskab, naming the unknown migrations', async () => {
    const file = join(folder(), 'newer.sqlite');
    copyFileSync(goodBackup, file);
    const newer = new SQLite(file);
    newer.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('2099-01-01-01-from-the-future', new Date(0).toISOString());
    newer.close();
    await assertRefused(file, /newer\.sqlite comes from a newer version of Samskab \(migrations this version does not know: 2099-01-01-01-from-the-future\)/);
  });

  it('refuses a damaged database', async () => {
    const file = join(folder(), 'damaged.sqlite');
    const bytes = readFileSync(goodBackup);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over every page but the first (the schema's root): the tables' b-trees break.
    for (let offset = pageSize; offset < bytes.length; offset += pageSize) bytes.fill(0x5a, offset + 8, offset + 64);
    writeFileSync(file, bytes);
    await assertRefused(file, /damaged\.sqlite (is damaged|cannot be read as an SQLite database)/);
  });

  it('refuses the database itself as the file to restore', async () => {
    await assertRefused(live, /is the database itself: restore from a backup file\./);
  });

  it('brings a backup from an older version up to this version\'s schema', async () => {
    const names = Object.keys(migrations).sort();
    const olderDir = folder();
    const older = openDatabase({ dataDir: olderDir });
    const provider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };
    const { error } = await new Migrator({ db: older.db, provider, allowUnorderedMigrations: true }).migrateTo(names.at(-2)!);
    await older.close();
    assert.equal(error, undefined);
    const fresh = join(folder(), 'data');
    const restored = await samskab(['restore', join(olderDir, 'samskab.sqlite')], fresh);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, new RegExp(`It came from an older version: applied 1 migration\\(s\\), ${names.at(-1)}\\.`));
    assert.deepEqual(inspect(join(fresh, 'samskab.sqlite')).migrations.sort(), names);
  });
});

describe('samskab backup with bad input', () => {
  it('never overwrites an existing file', async () => {
    const { dataDir } = await recruitingDataFolder({ organisations: 1, seats: 1, pending: 0 });
    const file = join(folder(), 'taken.sqlite');
    writeFileSync(file, 'keep me');
    const result = await samskab(['backup', file], dataDir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /taken\.sqlite already exists: a backup never overwrites a file\. Choose a new name\. Nothing was changed\./);
    assert.equal(readFileSync(file, 'utf8'), 'keep me');
  });

  it('says that there is no database to back up in an empty data folder', async () => {
    const dataDir = folder();
    const result = await samskab(['backup', join(folder(), 'x.sqlite')], dataDir);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /The database .*samskab\.sqlite does not exist\./);
    assert.deepEqual(readdirSync(dataDir), [], 'no database was created');
  });

  it('points to pg_dump and pg_restore on PostgreSQL', async () => {
    const target = join(folder(), 'pg.sqlite');
    for (const command of ['backup', 'restore']) {
      const result = await samskab([command, target], folder(), { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/samskab' });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /PostgreSQL \(DATABASE_URL\) is backed up with its own tools.*\n.*pg_dump -Fc/);
      assert.match(result.stderr, /pg_restore/);
    }
    assert.ok(!existsSync(target));
  });
});
