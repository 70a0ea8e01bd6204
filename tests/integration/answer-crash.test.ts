// The real server killed with SIGKILL while 100 people answer their invitations at once, then
// started again and sent the answers that got no reply (and, as people do, the acknowledged ones
// once more). Every answer the killed server acknowledged is in the database, and each yes has
// exactly one confirmation message in the outbox: the answer and its message commit together.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { systemClock } from '../../src/system/system-clock.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const PEOPLE = 100, KILL_AFTER = 20;

for (const kind of databaseKinds()) {
  describe(`a server killed during 100 answers on ${kind}`, () => {
    let db: TestDatabase;
    let server: ServerProcess | undefined;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => { await server?.kill('SIGKILL'); await db.destroy(); });

    it('keeps every acknowledged answer and queues each confirmation exactly once after a kill and a restart', async (t) => {
      const deps = testDeps(db.database, systemClock);
      const { summit, groups } = await buildSummit(deps, { capacity: PEOPLE, groups: [{ name: 'Alle', quota: PEOPLE }] });
      await updateSummit(deps, systemAccess, summit.id, { startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z' });
      const people = [];
      for (let i = 0; i < PEOPLE; i++) people.push(await buildInvitation(deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'pending', email: `p${i}@example.dk` }));
      const env = { TRUST_PROXY: 'true' };
      const accept = (url: string, token: string, i: number) => fetch(`${url}/api/v1/invitations/${token}/accept`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.2.0.${i}` }, body: '{}',
      }).then((r) => r.status, () => 0);

      const first = await startServer({ dataDir: db.dataDir, databaseUrl: db.url, env });
      server = first;
      let acknowledged = 0;
      const answers = await Promise.all(people.map(async (p, i) => {
        const status = await accept(first.url, p.token, i);
        if (status === 200 && ++acknowledged === KILL_AFTER) first.child.kill('SIGKILL');
        return status;
      }));
      assert.equal((await first.exited).signal, 'SIGKILL');
      const acked = people.filter((_, i) => answers[i] === 200);
      t.diagnostic(`${acked.length} of ${PEOPLE} answers acknowledged before the kill`);
      assert.ok(acked.length >= KILL_AFTER && acked.length < PEOPLE, `killed half way: ${acked.length} of ${PEOPLE} acknowledged`);
      assert.deepEqual(answers.filter((s) => s !== 200 && s !== 0), [], 'every answer before the kill was a yes or no answer at all');

      const afterKill = new Map((await deps.db.stores.invitations.listBySummit(summit.id)).map((i) => [i.email, i.status]));
      for (const p of acked) assert.equal(afterKill.get(p.email), 'confirmed', `the acknowledged yes of ${p.email} survived the kill`);

      server = await startServer({ dataDir: db.dataDir, databaseUrl: db.url, env });
      const again = await Promise.all(people.map((p, i) => accept(server!.url, p.token, i)));
      assert.deepEqual(again.filter((s) => s !== 200), [], 'every answer is taken after the restart');

      const invitations = await deps.db.stores.invitations.listBySummit(summit.id);
      assert.ok(invitations.every((i) => i.status === 'confirmed'));
      const { rows } = await sql<{ invitationId: string; kind: string; copies: number | string }>`
        select invitation_id, kind, count(*) as copies from outbox_messages where summit_id = ${summit.id} group by invitation_id, kind`.execute(db.database.db);
      const confirmations = rows.filter((r) => r.kind === 'confirmation');
      const duplicated = rows.filter((r) => Number(r.copies) !== 1);
      t.diagnostic(`${confirmations.length} confirmations in the outbox, ${duplicated.length} invitations with a duplicate message`);
      assert.deepEqual(duplicated, [], 'no message is in the outbox twice');
      assert.deepEqual(confirmations.map((r) => r.invitationId).sort(), invitations.map((i) => i.id).sort(), 'each yes has its confirmation');
    });
  });
}
