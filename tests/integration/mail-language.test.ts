// Each person's mail speaks the language they use Samskab in: Danish by default, English once they
// answer their page in English (the language cookie), for every later message too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/ports.ts';
import { postponeSummit } from '../../src/use-cases/lifecycle/postpone-summit.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { buildRecruitingSummit, participantTokens } from '../support/registration.ts';
import { systemAccess } from '../support/access.ts';

for (const kind of databaseKinds()) {
  describe(`mail in the person's language (${kind})`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let app: FastifyInstance;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); app = await composeTestApp(deps); });
    after(async () => { await app.close(); await db.destroy(); });

    async function accept(token: string, cookies: Record<string, string>) {
      const page = await app.inject({ url: `/i/${token}`, cookies });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const jar = { ...cookies, _csrf: page.cookies.find((c) => c.name === '_csrf')!.value };
      return app.inject({ method: 'POST', url: `/i/${token}/accept`, cookies: jar, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf }).toString() });
    }

    it('writes in Danish until a person answers in English, and in English from then on', async () => {
      const { summit, organisations } = await buildRecruitingSummit(deps, { organisations: 1, seats: 2 });
      await nominateParticipant(deps, organisations[0]!.token, { name: 'Ane', email: 'ane@example.dk' });
      await nominateParticipant(deps, organisations[0]!.token, { name: 'Bo', email: 'bo@example.dk' });
      const tokens = await participantTokens(deps, summit.id);
      const sent = async (to: string, kind: string) => (await deps.db.stores.outbox.listForSummit(summit.id, 1000)).find((m) => m.toAddress === to && m.kind === kind)!;
      assert.match((await sent('ane@example.dk', 'invitation')).bodyText, /^Kære Ane/);

      assert.equal((await accept(tokens.get('ane@example.dk')!, { samskab_lang: 'en' })).statusCode, 303);
      assert.equal((await accept(tokens.get('bo@example.dk')!, {})).statusCode, 303);
      assert.match((await sent('ane@example.dk', 'confirmation')).bodyText, /^Dear Ane/);
      assert.match((await sent('bo@example.dk', 'confirmation')).bodyText, /^Kære Bo/);

      await postponeSummit(deps, systemAccess, summit.id, { reason: '' });
      assert.match((await sent('ane@example.dk', 'postponed')).subject, /^Postponed: /);
      assert.match((await sent('bo@example.dk', 'postponed')).subject, /^Udsat: /);
    });
  });
}
