// The seat guard under load: many nominations and answers at once never put more people on seats
// than the organisation's quota, the group's quota or the capacity allow. The same race run with
// the guard switched off (the racy SeatGuard of tests/support) must oversell: that proves the race
// is real and that these tests would notice a broken guard.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../../src/storage/database.ts';
import type { Deps } from '../../src/ports.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { acceptInvitation } from '../../src/use-cases/registration/accept-invitation.ts';
import { declineInvitation } from '../../src/use-cases/registration/decline-invitation.ts';
import { inviteDirectly } from '../../src/use-cases/registration/invite-participants-directly.ts';
import { withdrawNomination } from '../../src/use-cases/registration/withdraw-nomination.ts';
import { createRacySeatGuard } from '../support/racy-seat-guard.ts';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { buildRecruitingSummit, heldSeats, participantTokens } from '../support/registration.ts';
import { systemAccess } from '../support/access.ts';

const ORGS = 5, SEATS = 4, TRIES = 12;

type Nominate = (j: number, recruiterToken: string, email: string) => Promise<unknown>;

/** 60 nominations at once for 20 seats, each made by `nominate`. */
async function raceWith(nominate: Nominate, setupDeps: Deps) {
  const { summit, organisations } = await buildRecruitingSummit(setupDeps, { organisations: ORGS, seats: SEATS });
  const jobs = organisations.flatMap((o, i) => Array.from({ length: TRIES }, (_, k) => ({ o, email: `p${i}-${k}@example.dk` })));
  const answers = await Promise.allSettled(jobs.map(({ o, email }, j) => nominate(j, o.token, email)));
  const seats = await heldSeats(setupDeps, summit.id);
  return { summit, organisations, answers, seats };
}

/** The race through the use case; `pick` spreads the nominations over deps (two "servers"). */
const race = (pick: (i: number) => Deps, setupDeps: Deps) =>
  raceWith((j, token, email) => nominateParticipant(pick(j), token, { name: email, email }), setupDeps);

/** Nominations through the recruiters' API, each from its own client address. */
const overHttp = (app: FastifyInstance): Nominate => async (j, token, email) => {
  const response = await app.inject({
    method: 'POST', url: `/api/v1/recruiter/${token}/nominations`, payload: JSON.stringify({ name: email, email }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${j >> 8}.${j & 255}` },
  });
  if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
};

const appOver = (deps: Deps) => composeTestApp(deps, { trustProxy: true });

for (const kind of databaseKinds()) {
  describe(`seat guard on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await db.destroy(); });

    it('invites exactly the quota and waitlists the rest when 60 nominate at once for 20 seats', async () => {
      const { answers, seats, organisations } = await race(() => deps, deps);
      const rejected = answers.filter((a) => a.status === 'rejected');
      assert.deepEqual(rejected, [], 'every nomination gets a definite answer');
      const statuses = answers.map((a) => (a as PromiseFulfilledResult<{ invitation: { status: string } }>).value.invitation.status);
      assert.equal(statuses.filter((s) => s === 'pending').length, ORGS * SEATS);
      assert.equal(statuses.filter((s) => s === 'waitlisted').length, ORGS * (TRIES - SEATS));
      assert.equal(seats.held, ORGS * SEATS);
      for (const o of organisations) assert.equal(seats.byOrganisation.get(o.id), SEATS, `organisation ${o.name} holds exactly its quota`);
    });

    it('oversells when the guard is switched off, so the race above is real', async () => {
      const unsafe: Deps = { ...deps, seatGuard: createRacySeatGuard(deps.db) };
      const { seats } = await race(() => unsafe, deps);
      assert.ok(seats.held > ORGS * SEATS, `expected an oversold summit without the guard, got ${seats.held} seats for ${ORGS * SEATS}`);
    });

    it('invites exactly the quota when 60 nominate at once for 20 seats through the API', async () => {
      const app = await appOver(deps);
      try {
        const { answers, seats, organisations } = await raceWith(overHttp(app), deps);
        assert.deepEqual(answers.filter((a) => a.status === 'rejected'), [], 'every nomination gets a definite answer');
        assert.equal(seats.held, ORGS * SEATS);
        for (const o of organisations) assert.equal(seats.byOrganisation.get(o.id), SEATS, `organisation ${o.name} holds exactly its quota`);
      } finally {
        await app.close();
      }
    });

    it('oversells through the API when the guard is switched off, so the race above is real', async () => {
      const app = await appOver({ ...deps, seatGuard: createRacySeatGuard(deps.db) });
      try {
        const { seats } = await raceWith(overHttp(app), deps);
        assert.ok(seats.held > ORGS * SEATS, `expected an oversold summit without the guard, got ${seats.held} seats for ${ORGS * SEATS}`);
      } finally {
        await app.close();
      }
    });

    it('keeps quotas while declines, accepts, withdrawals and new nominations happen at once, refilling from the waiting list', async () => {
      const { summit, organisations } = await race(() => deps, deps);
      const tokens = [...(await participantTokens(deps, summit.id)).values()];
      assert.equal(tokens.length, ORGS * SEATS);
      const work: Promise<unknown>[] = [];
      tokens.forEach((t, i) => {
        work.push(acceptInvitation(deps, t), acceptInvitation(deps, t));
        if (i % 3 === 0) work.push(declineInvitation(deps, t));
      });
      organisations.forEach((o, i) => { for (let k = 0; k < 4; k++) work.push(nominateParticipant(deps, o.token, { name: 'Ny', email: `new${i}-${k}@example.dk` })); });
      const before = await deps.db.stores.invitations.listBySummit(summit.id);
      for (const o of organisations) {
        const own = before.filter((n) => n.organisationId === o.id);
        for (const status of ['pending', 'waitlisted'] as const) {
          const target = own.find((n) => n.status === status)!;
          work.push(withdrawNomination(deps, o.token, target.id), withdrawNomination(deps, o.token, target.id));
        }
      }
      const settled = await Promise.allSettled(work);
      for (const s of settled) {
        // Answering a withdrawn nomination, or withdrawing a declined one, is refused with a code.
        if (s.status === 'rejected') assert.match(String((s.reason as { code?: string }).code), /^(invitation_|nomination_not_withdrawable$|not_found$)/, String(s.reason));
      }
      const seats = await heldSeats(deps, summit.id);
      // Every organisation still has people waiting, so every freed seat must have been refilled.
      assert.equal(seats.held, ORGS * SEATS);
      for (const o of organisations) assert.equal(seats.byOrganisation.get(o.id), SEATS);
    });

    it('never exceeds the group quota or the capacity when organisations together could', async () => {
      // Group quota 6 and capacity 6; an organisation of 4 seats and direct invitations compete for them.
      const { summit, group, organisations } = await buildRecruitingSummit(deps, { organisations: 1, seats: 4, groupQuota: 12, capacity: 12 });
      await deps.db.stores.groups.update(group.id, { quota: 6 });
      await deps.db.stores.summits.update(summit.id, { capacity: 6 }, deps.clock.now());
      const direct = Array.from({ length: 10 }, (_, i) => inviteDirectly(deps, systemAccess, summit.id, { groupId: group.id, name: 'Direkte', email: `d${i}@example.dk` }));
      const viaLink = Array.from({ length: 10 }, (_, i) => nominateParticipant(deps, organisations[0]!.token, { name: 'Via link', email: `l${i}@example.dk` }));
      await Promise.all([...direct, ...viaLink]);
      const seats = await heldSeats(deps, summit.id);
      assert.equal(seats.held, 6);
      assert.ok((seats.byOrganisation.get(organisations[0]!.id) ?? 0) <= 4);
      assert.equal(seats.waitlisted, 14);
    });

    if (kind === 'postgres') {
      it('holds with two servers (two connection pools) on one PostgreSQL database', async () => {
        const second = openDatabase({ databaseUrl: db.url!, dataDir: db.dataDir });
        try {
          const deps2 = testDeps(second);
          const { answers, seats } = await race((j) => (j % 2 ? deps2 : deps), deps);
          assert.equal(answers.filter((a) => a.status === 'rejected').length, 0);
          assert.equal(seats.held, ORGS * SEATS);
          const unsafe = [{ ...deps, seatGuard: createRacySeatGuard(deps.db) }, { ...deps2, seatGuard: createRacySeatGuard(deps2.db) }];
          const broken = await race((j) => unsafe[j % 2]!, deps);
          assert.ok(broken.seats.held > ORGS * SEATS, `expected overselling without the guard, got ${broken.seats.held}`);
        } finally {
          await second.close();
        }
      });
    }
  });
}
