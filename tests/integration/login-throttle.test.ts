// Login throttling per account, stored in the database: 200 wrong passwords from 20 addresses (each
// within the per-address limit) are mostly refused without the password being checked; the real
// user gets in again once the capped delay has passed; and the count holds across two app
// instances over one database, as it does across a restart.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { maxLoginLockMs } from '../../src/domain/coordinator.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { createCoordinator } from '../../src/use-cases/manage-coordinators.ts';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

const email = 'koordinator@example.dk';
const password = 'the-right-password-1';

/** Posts the login form as a browser at `address` would: open the page, then post with its CSRF token. */
async function tryLogin(app: FastifyInstance, address: string, tried: string, account = email) {
  const headers = { 'x-forwarded-for': address };
  const page = await app.inject({ url: '/login', headers });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
  return app.inject({ method: 'POST', url: '/login', cookies, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, email: account, password: tried, next: '/admin' }).toString() });
}

for (const kind of databaseKinds()) {
  describe(`login throttling per account on ${kind}`, () => {
    let db: TestDatabase;
    let second: Database;
    const clock = fixedClock('2026-03-01T10:00:00.000Z');
    let apps: FastifyInstance[];
    before(async () => {
      db = await createTestDatabase(kind);
      second = kind === 'postgres' ? openDatabase({ databaseUrl: db.url!, dataDir: db.dataDir }) : db.database;
      apps = [await composeTestApp(testDeps(db.database, clock), { trustProxy: true }), await composeTestApp(testDeps(second, clock), { trustProxy: true })];
      await createCoordinator(testDeps(db.database, clock), { email, password });
    });
    after(async () => {
      for (const app of apps) await app.close();
      if (second !== db.database) await second.close();
      await db.destroy();
    });

    it('refuses most of 200 wrong passwords from 20 addresses on two servers, and lets the real user in after the capped delay', async (t) => {
      const statuses = new Map<number, number>();
      for (let round = 0; round < 10; round++) {
        const answers = await Promise.all(Array.from({ length: 20 }, (_, a) => tryLogin(apps[a % 2]!, `203.0.113.${a + 1}`, `guess-${round}-${a}`)));
        for (const answer of answers) statuses.set(answer.statusCode, (statuses.get(answer.statusCode) ?? 0) + 1);
      }
      const checked = statuses.get(401) ?? 0;
      const refused = statuses.get(429) ?? 0;
      t.diagnostic(`200 wrong passwords: ${checked} checked against the password, ${refused} refused unchecked`);
      assert.equal(checked + refused, 200, `only 401 and 429: ${JSON.stringify([...statuses])}`);
      assert.ok(checked <= 12, `at most a dozen guesses were checked, not ${checked}`);

      // The attack goes on for hours, each guess the moment the lock ends: the lock grows to its cap, no further.
      let retryAfter = 0;
      for (let guess = 0; guess < 20; guess++) {
        const locked = await tryLogin(apps[guess % 2]!, `198.51.102.${guess + 1}`, password);
        assert.equal(locked.statusCode, 429, 'while locked even the right password waits');
        assert.match(locked.body, /For mange forsøg på denne konto/);
        retryAfter = Number(locked.headers['retry-after']);
        assert.ok(retryAfter >= 1 && retryAfter <= maxLoginLockMs / 1000, `Retry-After ${retryAfter}`);
        clock.advance(retryAfter * 1000);
        assert.equal((await tryLogin(apps[(guess + 1) % 2]!, `198.51.101.${guess + 1}`, `late-guess-${guess}`)).statusCode, 401);
      }
      assert.equal(retryAfter, maxLoginLockMs / 1000, 'the lock reached its cap');

      clock.advance(maxLoginLockMs);
      const real = await tryLogin(apps[0]!, '198.51.100.7', password);
      assert.equal(real.statusCode, 303, 'the real user gets in once the capped delay has passed');
      assert.ok(real.cookies.some((c) => c.name === 'samskab_session'));
      const afterwards = await tryLogin(apps[1]!, '198.51.100.8', 'one-more-typo');
      assert.equal(afterwards.statusCode, 401, 'a success clears the count');
    });

    it('throttles an email without an account the same way, so the answer reveals nothing', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await tryLogin(apps[i % 2]!, `192.0.2.${i + 1}`, 'x', 'nobody@example.dk')).statusCode);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 401, 429, 429]);
    });
  });
}
