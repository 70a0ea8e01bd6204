// Rate limits count per client address; a client may not choose its address unless the app is
// told it sits behind a proxy that sets X-Forwarded-For.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../support/test-database.ts';

describe('rate limits without a trusted proxy', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  before(async () => {
    db = await createTestDatabase('sqlite');
    app = await composeTestApp(testDeps(db.database));
  });
  after(async () => { await app.close(); await db.destroy(); });

  it('ignores X-Forwarded-For, so changing it does not dodge the login limit', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      const response = await app.inject({ method: 'POST', url: '/login', headers: { 'x-forwarded-for': `198.51.100.${i}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a%40b.dk&password=x' });
      statuses.push(response.statusCode);
    }
    assert.equal(statuses.at(-1), 429);
    assert.ok(statuses.slice(0, 10).every((s) => s !== 429));
  });
});
