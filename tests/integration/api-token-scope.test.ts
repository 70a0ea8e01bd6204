// Coordinator API tokens expire (a year by default, shown at creation) and may be read-only: a
// read-only token reads everything its coordinator may read, and every write answers 403
// forbidden and changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/ports.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { createApiToken, createCoordinator } from '../../src/use-cases/manage-coordinators.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { composeTestApp, createTestApp } from '../support/test-app.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

for (const kind of databaseKinds()) {
  describe(`API token expiry and scope on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let app: FastifyInstance;
    const clock = fixedClock('2026-03-01T10:00:00.000Z');
    before(async () => {
      db = await createTestDatabase(kind);
      deps = testDeps(db.database, clock);
      app = await composeTestApp(deps);
      await createCoordinator(deps, { email: 'koordinator@example.dk', password: 'a-long-password-1' });
    });
    after(async () => { await app.close(); await db.destroy(); });

    it('expires a token after a year by default, and after the days asked for', async () => {
      const yearly = await createApiToken(deps, { email: 'koordinator@example.dk' }, 'yearly');
      const weekly = await createApiToken(deps, { email: 'koordinator@example.dk' }, 'weekly', { days: 7 });
      assert.equal(yearly.expiresAt, '2027-03-01T10:00:00.000Z');
      assert.equal(weekly.expiresAt, '2026-03-08T10:00:00.000Z');
      assert.equal((await app.inject({ url: '/api/v1/summits', headers: bearer(weekly.token) })).statusCode, 200);
      clock.advance(7 * 86_400_000);
      const expired = await app.inject({ url: '/api/v1/summits', headers: bearer(weekly.token) });
      assert.equal(expired.statusCode, 401);
      assert.equal(expired.json().code, 'unauthenticated');
      assert.equal((await app.inject({ url: '/api/v1/summits', headers: bearer(yearly.token) })).statusCode, 200);
      clock.advance(358 * 86_400_000);
      assert.equal((await app.inject({ url: '/api/v1/summits', headers: bearer(yearly.token) })).statusCode, 401, 'a year later the default token is dead');
    });

    it('lets a read-only token read, and refuses every write with 403 forbidden without changing anything', async () => {
      const writer = await createApiToken(deps, { email: 'koordinator@example.dk' }, 'writer');
      const reader = await createApiToken(deps, { email: 'koordinator@example.dk' }, 'reader', { scope: 'read' });
      assert.equal(reader.scope, 'read');
      const created = await app.inject({ method: 'POST', url: '/api/v1/summits', headers: bearer(writer.token), payload: { title: 'Skrevet med skrivenøglen', capacity: 50 } });
      assert.equal(created.statusCode, 201, created.body);
      const summitId = created.json().id as string;
      const before = (await app.inject({ url: '/api/v1/summits', headers: bearer(reader.token) })).json();
      assert.ok(before.some((s: { id: string }) => s.id === summitId), 'the read-only token reads');
      assert.equal((await app.inject({ url: `/api/v1/summits/${summitId}`, headers: bearer(reader.token) })).statusCode, 200);
      const writes = [
        { method: 'POST' as const, url: '/api/v1/summits', payload: { title: 'Skrevet med læsenøglen', capacity: 50 } },
        { method: 'PATCH' as const, url: `/api/v1/summits/${summitId}`, payload: { title: 'Ændret med læsenøglen' } },
        { method: 'DELETE' as const, url: '/api/v1/groups/00000000-0000-4000-8000-000000000000' },
        { method: 'POST' as const, url: `/api/v1/summits/${summitId}/check-ins`, payload: { code: 'ABC123' } },
      ];
      for (const write of writes) {
        const answer = await app.inject({ ...write, headers: bearer(reader.token) });
        assert.equal(answer.statusCode, 403, `${write.method} ${write.url}: ${answer.body}`);
        assert.equal(answer.json().code, 'forbidden');
      }
      const afterwards = (await app.inject({ url: '/api/v1/summits', headers: bearer(reader.token) })).json();
      assert.deepEqual(afterwards, before, 'nothing changed');
    });
  });
}

describe('API tokens on the admin page', () => {
  it('shows the expiry and the scope at creation and in the list, and creates a read-only token from the form', async () => {
    const t = await createTestApp('sqlite');
    try {
      const forms = await coordinatorForms(t);
      const { post } = await forms.open('/admin/api-tokens');
      const answer = await post('/admin/api-tokens', { label: 'Rapportværktøj', readOnly: '1' });
      assert.equal(answer.statusCode, 201);
      assert.match(answer.body, /Nøglen udløber/);
      assert.match(answer.body, /Den må kun læse\./);
      assert.match(answer.body, /<td>Kun læse<\/td>/);
      const token = /id="new-api-token" class="samskab-token">([^<]+)</.exec(answer.body)![1]!;
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/summits', headers: bearer(token), payload: { title: 'x' } })).statusCode, 403);
      assert.equal((await t.app.inject({ url: '/api/v1/summits', headers: bearer(token) })).statusCode, 200);
    } finally {
      await t.close();
    }
  });
});
