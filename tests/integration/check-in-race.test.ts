// Two phones at the door, each on its own server process' connection pool, check in the same 168
// people in their own random order, and retry: each request is sent again with the same clientId
// now and then (a lost answer), and a phone sometimes sends two at once. However they interleave,
// every person ends with exactly one check-in, and exactly one answer per person says "new".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { composeApp } from '../../src/composition.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { createRng } from '../../src/solver/rng.ts';
import { buildCheckInLink, buildDaySummit } from '../support/check-in-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemClock } from '../../src/system/system-clock.ts';

const PEOPLE = 168;

interface Answer { invitationId: string; alreadyCheckedIn: boolean; clientId: string }

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One phone: every code in its own order, two requests in flight, a retry of about every third. */
async function phone(baseUrl: string, summitId: string, token: string, codes: string[], seed: number): Promise<Answer[]> {
  const rng = createRng(seed);
  const answers: Answer[] = [];
  const send = async (code: string, clientId: string) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${baseUrl}/api/v1/summits/${summitId}/check-ins`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ code, clientId }),
      }).catch(() => undefined);
      if (response && (response.status === 200 || response.status === 201)) {
        const body = await response.json() as Answer;
        answers.push({ ...body, clientId });
        return;
      }
      assert.ok(attempt < 5, `check-in of ${code} keeps failing: ${response?.status} ${await response?.text()}`);
    }
  };
  const queue = [...codes];
  const worker = async () => {
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      const clientId = randomUUID();
      if (rng.next() < 0.35) await Promise.all([send(code, clientId), send(code, clientId)]);
      else await send(code, clientId);
      if (rng.next() < 0.2) await send(code, clientId);
    }
  };
  await Promise.all([worker(), worker()]);
  return answers;
}

for (const kind of databaseKinds()) {
  describe(`two phones checking in the same people on ${kind}`, () => {
    let db: TestDatabase;
    let second: Database;
    const apps: FastifyInstance[] = [];
    before(async () => {
      db = await createTestDatabase(kind);
      second = openDatabase({ databaseUrl: db.url, dataDir: db.dataDir });
    });
    after(async () => {
      for (const app of apps) await app.close();
      await second.close();
      await db.destroy();
    });

    it(`ends with exactly ${PEOPLE} check-ins and one "new" answer per person`, async () => {
      const setup = testDeps(db.database, systemClock);
      const { summit, people } = await buildDaySummit(setup, { people: PEOPLE });
      const links = [await buildCheckInLink(setup, summit.id, 'Telefon 1'), await buildCheckInLink(setup, summit.id, 'Telefon 2')];
      const urls: string[] = [];
      for (const database of [db.database, second]) {
        const app = await composeApp(testDeps(database, systemClock), { secureCookies: false });
        apps.push(app);
        await app.listen({ port: 0, host: '127.0.0.1' });
        urls.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      }
      const codes = people.map((p) => p.code);
      const [a, b] = await Promise.all([
        phone(urls[0]!, summit.id, links[0]!.token, shuffled(codes, 1), 11),
        phone(urls[1]!, summit.id, links[1]!.token, shuffled(codes, 2), 12),
      ]);
      const checkIns = (await setup.db.stores.checkIns.listForSummit(summit.id)).filter((c) => c.undoneAt === null);
      assert.equal(checkIns.length, PEOPLE);
      assert.equal(new Set(checkIns.map((c) => c.invitationId)).size, PEOPLE);
      const answers = [...a, ...b];
      // A retried clientId answers its first answer: every answer to one clientId is the same.
      const byClient = new Map<string, Set<string>>();
      for (const answer of answers) byClient.set(answer.clientId, (byClient.get(answer.clientId) ?? new Set()).add(JSON.stringify({ ...answer, clientId: undefined })));
      for (const [clientId, distinct] of byClient) assert.equal(distinct.size, 1, `clientId ${clientId} got different answers`);
      const fresh = new Map<string, number>();
      for (const [clientId] of byClient) {
        const answer = answers.find((x) => x.clientId === clientId)!;
        if (!answer.alreadyCheckedIn) fresh.set(answer.invitationId, (fresh.get(answer.invitationId) ?? 0) + 1);
      }
      assert.equal(fresh.size, PEOPLE);
      assert.ok([...fresh.values()].every((n) => n === 1), 'one "new" answer per person');
      const overview = await fetch(`${urls[0]}/api/v1/summits/${summit.id}/check-ins`, { headers: { authorization: `Bearer ${links[0]!.token}` } }).then((r) => r.json()) as { checkedIn: number };
      assert.equal(overview.checkedIn, PEOPLE);
    });
  });
}
