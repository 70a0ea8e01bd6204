// The real server on PostgreSQL while its backends are terminated again and again (what a
// failover, a restart or an operator's pg_terminate_backend does to it) during a burst of
// nominations through recruiter links and answers through participant links. Clients try again
// after a 503, as they are told to. The server stays up; every write it acknowledged (2xx) is in
// the database afterwards; no organisation, group or summit holds more people than its quota.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Deps } from '../../src/ports.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { systemClock } from '../../src/system/system-clock.ts';
import { connectPostgresAdmin, databaseNameOf, type PostgresAdmin } from '../support/postgres-admin.ts';
import { buildRecruitingSummit, heldSeats, participantTokens } from '../support/registration.ts';
import { eventually, startServer, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

const onPostgres = databaseKinds().includes('postgres');
const ORGS = 5, SEATS = 8, GROUP_QUOTA = 32, CAPACITY = 30, FIRST = 3, BURST = 12;
/** A cut after every EVERY acknowledged writes; a client tries TRIES times, more than there are cuts. */
const EVERY = 4, TRIES = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome { status: number; body: unknown; tries: number }

describe('PostgreSQL backends terminated during a burst of writes', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL' }, () => {
  let db: TestDatabase;
  let deps: Deps;
  let admin: PostgresAdmin;
  let server: ServerProcess;

  before(async () => {
    db = await createTestDatabase('postgres');
    deps = testDeps(db.database, systemClock);
    admin = await connectPostgresAdmin();
  });
  after(async () => {
    await server?.kill();
    await admin?.end();
    await db?.destroy();
  });

  it('stays up, keeps every acknowledged nomination and answer, and exceeds no quota', async (t) => {
    const { summit, group, organisations } = await buildRecruitingSummit(deps, { organisations: ORGS, seats: SEATS });
    // Below what the organisations' quotas add up to, so that every bound can be what stops a nomination.
    await deps.db.stores.groups.update(group.id, { quota: GROUP_QUOTA });
    await deps.db.stores.summits.update(summit.id, { capacity: CAPACITY }, deps.clock.now());
    for (const [i, o] of organisations.entries()) {
      for (let k = 0; k < FIRST; k++) await nominateParticipant(deps, o.token, { name: `Først ${i}-${k}`, email: `first${i}-${k}@example.dk` });
    }
    const tokens = [...(await participantTokens(deps, summit.id)).entries()];
    assert.equal(tokens.length, ORGS * FIRST);
    // Trusting the proxy header lets each client have its own address, as real ones do, so the
    // per-address rate limit of the token routes does not refuse the burst.
    server = await startServer({ dataDir: db.dataDir, databaseUrl: db.url, env: { TRUST_PROXY: 'true' } });

    let unavailable = 0, dropped = 0, acknowledgedSoFar = 0;
    /** One client's request, tried again after a 503 or a dropped connection. */
    async function send(client: number, path: string, body?: object): Promise<Outcome> {
      for (let tries = 1; tries <= TRIES && server.alive(); tries++) {
        try {
          const response = await fetch(`${server.url}${path}`, {
            method: 'POST', redirect: 'manual',
            headers: { 'x-forwarded-for': `10.1.${client >> 8}.${client & 255}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
          });
          const parsed = await response.json().catch(() => null);
          if (response.status !== 503) {
            if (response.status < 400) acknowledgedSoFar++;
            return { status: response.status, body: parsed, tries };
          }
          assert.equal((parsed as { code?: string } | null)?.code, 'database_unavailable');
          unavailable++;
        } catch {
          dropped++;
        }
        await sleep(Math.min(50 * tries, 300));
      }
      return { status: 0, body: null, tries: TRIES };
    }

    const nominations = organisations.flatMap((o, i) => Array.from({ length: BURST }, (_, k) => ({ organisation: o, email: `burst${i}-${k}@example.dk` })));
    const accepts = tokens.filter((_, i) => i % 3 !== 0);
    const declines = tokens.filter((_, i) => i % 3 === 0);
    // Terminate at the start and then after every few acknowledged writes: the burst keeps being
    // cut however fast or slow the machine is, and it still moves on between two cuts.
    let burstOver = false, terminated = 0, rounds = 0;
    const terminator = (async () => {
      let at = -EVERY;
      while (!burstOver) {
        if (acknowledgedSoFar >= at + EVERY) {
          at = acknowledgedSoFar;
          terminated += await admin.terminateServerBackends(databaseNameOf(db.url!));
          rounds++;
        }
        await sleep(5);
      }
    })();
    const [nominated, accepted, declined] = await Promise.all([
      Promise.all(nominations.map(({ organisation, email }, j) => send(j, `/api/v1/recruiter/${organisation.token}/nominations`, { name: email, email }))),
      Promise.all(accepts.map(([, token], j) => send(500 + j, `/api/v1/invitations/${token}/accept`, {}))),
      Promise.all(declines.map(([, token], j) => send(600 + j, `/api/v1/invitations/${token}/decline`))),
    ]);
    burstOver = true;
    await terminator;

    const all = [...nominated, ...accepted, ...declined];
    const acknowledged = all.filter((o) => o.status >= 200 && o.status < 400).length;
    t.diagnostic(`${all.length} writes, ${acknowledged} acknowledged after ${all.reduce((n, o) => n + o.tries, 0)} tries; `
      + `${unavailable} answered 503, ${dropped} connections dropped; ${terminated} backends terminated in ${rounds} rounds`);
    assert.ok(rounds >= 10 && terminated > 0, `backends of the server were terminated again and again while the burst ran (${rounds} rounds)`);
    assert.ok(server.alive(), `the server died:\n${server.output()}`);
    assert.equal(dropped, 0, 'the server answered every request, if only with a 503');
    const unexpected = all.filter((o) => o.status !== 0 && ![200, 201].includes(o.status));
    assert.deepEqual(unexpected, [], 'no answer but success or 503 database_unavailable');
    assert.ok(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200), 'ready again once the terminations stop');

    const invitations = await deps.db.stores.invitations.listBySummit(summit.id);
    const byEmail = new Map(invitations.map((i) => [i.email, i]));
    nominations.forEach(({ organisation, email }, j) => {
      if (nominated[j]!.status !== 200 && nominated[j]!.status !== 201) return;
      assert.equal(byEmail.get(email)?.organisationId, organisation.id, `the acknowledged nomination of ${email} is kept`);
    });
    accepts.forEach(([email], j) => {
      if (accepted[j]!.status === 200) assert.equal(byEmail.get(email)?.status, 'confirmed', `the acknowledged yes of ${email} is kept`);
    });
    declines.forEach(([email], j) => {
      if (declined[j]!.status === 200) assert.equal(byEmail.get(email)?.status, 'declined', `the acknowledged no of ${email} is kept`);
    });

    const seats = await heldSeats(deps, summit.id);
    t.diagnostic(`${seats.held} seats held of ${CAPACITY}, ${seats.waitlisted} waitlisted`);
    assert.ok(seats.held <= CAPACITY, `${seats.held} people hold seats at a summit of ${CAPACITY}`);
    assert.ok(invitations.filter((i) => i.groupId === group.id && (i.status === 'pending' || i.status === 'confirmed')).length <= GROUP_QUOTA);
    for (const o of organisations) assert.ok((seats.byOrganisation.get(o.id) ?? 0) <= SEATS, `${o.name} holds ${seats.byOrganisation.get(o.id)} of ${SEATS} seats`);
    // Every seat freed by a decline went to someone waiting: the summit is full again.
    assert.equal(acknowledged, all.length, 'every write got through in the end');
    assert.equal(seats.held, CAPACITY, 'the summit is full, as there were more nominations than seats');
    assert.ok(server.alive(), server.output());
  });
});
