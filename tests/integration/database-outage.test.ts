// The server outlives its database: PostgreSQL closed to connections and every backend of the
// server terminated (what a restart or failover looks like from the app). The server stays up,
// answers 503 `database_unavailable` while the database is away, /readyz says so, and once the
// database is back it answers again and the outbox worker delivers what was queued.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { systemClock } from '../../src/system/system-clock.ts';
import { createApiToken, createCoordinator } from '../../src/use-cases/manage-coordinators.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { eventually, startServer, type ServerProcess } from '../support/server-process.ts';

const onPostgres = databaseKinds().includes('postgres');

describe('a PostgreSQL outage', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL' }, () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let admin: pg.Client;
  let name: string;
  let auth: { authorization: string };

  before(async () => {
    db = await createTestDatabase('postgres');
    const deps = testDeps(db.database, systemClock);
    const coordinator = await createCoordinator(deps, { email: 'koordinator@example.dk', password: 'a-long-password-1' });
    auth = { authorization: `Bearer ${(await createApiToken(deps, { id: coordinator.id })).token}` };
    name = new URL(db.url!).pathname.slice(1);
    const adminUrl = new URL(process.env.TEST_DATABASE_URL!);
    admin = new pg.Client({ connectionString: adminUrl.toString(), user: decodeURIComponent(adminUrl.username) || 'postgres' });
    await admin.connect();
    server = await startServer({ dataDir: db.dataDir, databaseUrl: db.url });
  });
  after(async () => {
    await admin.query(`alter database ${name} with allow_connections true`).catch(() => undefined);
    await server?.kill();
    await admin?.end();
    await db?.destroy();
  });

  const terminateServerBackends = () => admin.query(
    "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'samskab-server'", [name]);
  const get = (path: string) => fetch(`${server.url}${path}`, { headers: auth });

  it('stays up, answers 503 database_unavailable while the database is away, and recovers by itself', async () => {
    // Let the outbox worker hold pooled connections, as it does in production.
    assert.equal((await get('/api/v1/summits')).status, 200);
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);

    await admin.query(`alter database ${name} with allow_connections false`);
    await terminateServerBackends();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(server.alive(), `the server died when its connections were dropped:\n${server.output()}`);

    const away = await get('/api/v1/summits');
    assert.equal(away.status, 503);
    assert.equal((await away.json() as { code: string }).code, 'database_unavailable');
    const write = await fetch(`${server.url}/api/v1/summits`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Under nedbrud', capacity: 10 }),
    });
    assert.equal(write.status, 503);
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.deepEqual(await ready.json(), { ok: false, databaseReachable: false, migrationsCurrent: false });
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200, 'the process itself is up');

    await admin.query(`alter database ${name} with allow_connections true`);
    assert.ok(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200), 'ready again once the database is back');
    const created = await fetch(`${server.url}/api/v1/summits`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Efter nedbrud', capacity: 10 }),
    });
    assert.equal(created.status, 201);
    const titles = ((await (await get('/api/v1/summits')).json()) as { title: string }[]).map((s) => s.title);
    assert.deepEqual(titles, ['Efter nedbrud'], 'the write refused during the outage was not half-saved');
    assert.ok(server.alive(), server.output());
  });

  it('delivers mail queued after the outage: the outbox worker resumed', async () => {
    await terminateServerBackends();
    const deps = testDeps(db.database, systemClock);
    await deps.db.stores.outbox.enqueue({ summitId: null, kind: 'invitation', toAddress: 'efter@example.dk', subject: 'Efter nedbrud', bodyText: 'Hej' }, systemClock.now());
    const outbox = join(db.dataDir, 'outbox');
    assert.ok(await eventually(async () => existsSync(outbox) && readdirSync(outbox).some((f) => f.endsWith('.eml'))), `no mail delivered:\n${server.output()}`);
    assert.ok(server.alive(), server.output());
  });
});
