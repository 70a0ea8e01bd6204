// The public summit page is rendered once per version of what it shows and served from memory;
// the version is raised by the database on every change, so a change made through any server
// shows on every server at once. Each test runs on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { join } from 'node:path';
import { sqliteFileName } from '../../src/storage/database.ts';
import type { FastifyInstance } from 'fastify';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { getSummitOverview } from '../../src/use-cases/summit/get-summit-overview.ts';
import { composeTestApp, createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';
import { eventually, runAsAnotherProgram } from '../support/postgres-admin.ts';

for (const kind of databaseKinds()) {
  describe(`public page cache (${kind})`, () => {
    let t: TestApp;
    let other: FastifyInstance;
    before(async () => {
      t = await createTestApp(kind);
      other = await composeTestApp(t.deps, { trustProxy: true });
    });
    after(async () => { await other.close(); await t.close(); });

    const demo = async () => {
      const { summit } = await seedDemoSummit(t.deps);
      return { summit, overview: await getSummitOverview(t.deps, summit.id) };
    };
    const page = (url: string) => t.app.inject({ url });
    const patch = (url: string, payload: Record<string, unknown>) =>
      other.inject({ method: 'PATCH', url: `/api/v1${url}`, headers: t.auth, payload });

    it('renders the page once and then serves it from memory, with each visitor’s own CSRF token', async () => {
      const { summit } = await demo();
      const first = await page(`/topmoede/${summit.slug}`);
      const second = await page(`/topmoede/${summit.slug}`);
      assert.equal(first.statusCode, 200);
      assert.equal(second.headers['x-samskab-cache'], 'hit');
      const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)![1]!;
      assert.notEqual(token(first.body), token(second.body), 'every visitor gets a token of their own');
      assert.doesNotMatch(second.body, /value="csrf-/, 'the placeholder never reaches a visitor');
      assert.equal(first.body.replace(token(first.body), ''), second.body.replace(token(second.body), ''));
    });

    it('shows a change made through another server at once, for the summit and each of its parts', async () => {
      const { summit, overview } = await demo();
      const changes: [string, string, Record<string, unknown>][] = [
        ['summit title', `/summits/${summit.id}`, { title: 'Topmøde med ny titel' }],
        ['group name', `/groups/${overview.groups[0]!.id}`, { name: 'Gruppe med nyt navn' }],
        ['area name', `/areas/${overview.areas[0]!.id}`, { name: 'Område med nyt navn' }],
        ['organisation name', `/organisations/${overview.organisations.find((o) => o.kind === 'local_forum' && o.areaId)!.id}`, { name: 'Lokalforum med nyt navn' }],
        ['programme item', `/programme-items/${overview.programme[0]!.id}`, { title: 'Programpunkt med ny titel' }],
      ];
      for (const [what, url, payload] of changes) {
        await page(`/topmoede/${summit.slug}`);
        assert.equal((await page(`/topmoede/${summit.slug}`)).headers['x-samskab-cache'], 'hit');
        const changed = await patch(url, payload);
        assert.equal(changed.statusCode, 200, `${what}: ${changed.body}`);
        const after = await page(`/topmoede/${summit.slug}`);
        assert.equal(after.headers['x-samskab-cache'], 'miss', what);
        assert.ok(after.body.includes(String(Object.values(payload)[0])), `${what} shows at once`);
      }
    });

    it('keeps a draft unknown and shows it the moment it is published elsewhere', async () => {
      const created = await other.inject({ method: 'POST', url: '/api/v1/summits', headers: t.auth, payload: { title: 'Kladde', capacity: 20 } });
      const draft = created.json() as { id: string; slug: string };
      assert.equal((await page(`/topmoede/${draft.slug}`)).statusCode, 404);
      assert.equal((await page(`/topmoede/${draft.slug}`)).statusCode, 404);
      await patch(`/summits/${draft.id}`, { startsAt: '2027-06-01T07:00:00Z', endsAt: '2027-06-01T14:00:00Z', venue: 'Holbæk' });
      const published = await other.inject({ method: 'POST', url: `/api/v1/summits/${draft.id}/status`, headers: t.auth, payload: { status: 'published' } });
      assert.equal(published.statusCode, 200, published.body);
      assert.equal((await page(`/topmoede/${draft.slug}`)).statusCode, 200);
    });

    it('would show an old name without the version the database raises (the guard is what keeps it fresh)', async () => {
      const { summit, overview } = await demo();
      const group = overview.groups[1]!;
      // Remove the trigger that announces a changed group, as if a write path could forget it.
      const trigger = kind === 'sqlite' ? sql`drop trigger stakeholder_groups_content_update` : sql`drop trigger stakeholder_groups_content_version on stakeholder_groups`;
      await trigger.execute(t.db.database.db);
      await page(`/topmoede/${summit.slug}`);
      await patch(`/groups/${group.id}`, { name: 'Et navn ingen ser' });
      const stale = await page(`/topmoede/${summit.slug}`);
      assert.equal(stale.headers['x-samskab-cache'], 'hit');
      assert.ok(!stale.body.includes('Et navn ingen ser'), 'without the trigger the page is stale');
    });

    // On SQLite a server keeps the versions too, and asks the file's data_version once per turn of
    // its event loop: a change another program commits through its own connection moves it. A
    // request that comes over the network after that commit is handled in a later turn; here the
    // other program is in the same process, so the test waits for that turn itself.
    if (kind === 'sqlite') {
      it('shows a change another program commits to the file from the next turn of the event loop on, seen in its data_version', async () => {
        const { summit } = await demo();
        await page(`/topmoede/${summit.slug}`);
        assert.equal((await page(`/topmoede/${summit.slug}`)).headers['x-samskab-cache'], 'hit');
        const another = new SQLite(join(t.db.dataDir, sqliteFileName));
        try { another.prepare('update summits set title = ? where id = ?').run('Titel sat af et andet program', summit.id); } finally { another.close(); }
        await new Promise((resolve) => setImmediate(resolve));
        const after = await page(`/topmoede/${summit.slug}`);
        assert.equal(after.headers['x-samskab-cache'], 'miss');
        assert.ok(after.body.includes('Titel sat af et andet program'));
      });
    }

    // On PostgreSQL a server keeps the versions themselves and reads none while the database
    // announces no change: a change made by another program (its own connection, not this
    // server's) must still reach the page, through the notification alone.
    if (kind === 'postgres') {
      const byAnotherProgram = (statement: string, ...values: unknown[]) => runAsAnotherProgram(t.db.url!, statement, values);
      const pageShows = (slug: string, text: string) => eventually(async () => (await page(`/topmoede/${slug}`)).body.includes(text));

      it('shows a change another program commits, told by the database’s notification', async () => {
        const { summit } = await demo();
        await page(`/topmoede/${summit.slug}`);
        await page(`/topmoede/${summit.slug}`);
        await byAnotherProgram('update summits set title = $1 where id = $2', 'Titel sat udefra', summit.id);
        assert.ok(await pageShows(summit.slug, 'Titel sat udefra'), 'the change shows within two seconds');
      });

      it('would keep an old title without the notification: the version is kept, not read again (the trigger is what tells the other servers)', async () => {
        const { summit } = await demo();
        await sql`drop trigger summits_content_notify on summits`.execute(t.db.database.db);
        try {
          await page(`/topmoede/${summit.slug}`);
          await page(`/topmoede/${summit.slug}`);
          await byAnotherProgram('update summits set title = $1 where id = $2', 'Titel ingen får at vide', summit.id);
          await new Promise((resolve) => setTimeout(resolve, 300));
          assert.ok(!(await page(`/topmoede/${summit.slug}`)).body.includes('Titel ingen får at vide'), 'without the notification the page is stale');
        } finally {
          await sql`create trigger summits_content_notify after update or delete on summits for each row execute function summits_content_notify()`.execute(t.db.database.db);
        }
      });
    }
  });
}
