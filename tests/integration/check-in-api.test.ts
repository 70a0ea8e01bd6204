// Check-in at the door through the API: a coordinator's token or a check-in link of the summit,
// one check-in per person however often it is sent, undo, walk-ins within the quotas, and a clear
// code for every refusal, which changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { addPerson, buildCheckInLink, buildDaySummit } from '../support/check-in-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

for (const kind of databaseKinds()) {
  describe(`check-in API on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const checkIn = (summitId: string, body: unknown, headers: Record<string, string> = t.auth) =>
      t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/check-ins`, headers, payload: body as object });
    const overview = async (summitId: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/summits/${summitId}/check-ins`, headers: t.auth })).json();

    it('checks a person in once: 201, then 200 already checked in, and the same clientId answers the first answer again', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      const [anna] = people;
      const clientId = randomUUID();
      const first = await checkIn(summit.id, { code: anna!.code, clientId });
      assert.equal(first.statusCode, 201);
      assert.equal(first.json().invitationId, anna!.id);
      assert.equal(first.json().name, anna!.name);
      assert.equal(first.json().alreadyCheckedIn, false);
      const again = await checkIn(summit.id, { code: anna!.code, clientId: randomUUID() });
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().alreadyCheckedIn, true);
      assert.equal(again.json().checkedInAt, first.json().checkedInAt);
      const replay = await checkIn(summit.id, { code: anna!.code, clientId });
      assert.equal(replay.statusCode, 201);
      assert.deepEqual(replay.json(), first.json());
      const counts = await overview(summit.id);
      assert.equal(counts.checkedIn, 1);
      assert.equal(counts.expected, people.length);
      assert.deepEqual(counts.people, [{ invitationId: anna!.id, checkedInAt: first.json().checkedInAt }]);
    });

    it('reads a typed code whatever its case and hyphen', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      const code = people[0]!.code;
      const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
      assert.equal((await checkIn(summit.id, { code: typed, clientId: randomUUID() })).statusCode, 201);
    });

    it('answers 404 unknown_code for a made-up code and for another summit\'s code, and checks no one in', async () => {
      const { summit } = await buildDaySummit(t.deps);
      const other = await buildDaySummit(t.deps);
      for (const code of ['ZZZZZZZZ', 'not a code', other.people[0]!.code]) {
        const answer = await checkIn(summit.id, { code, clientId: randomUUID() });
        assert.equal(answer.statusCode, 404, code);
        assert.equal(answer.json().code, 'unknown_code');
      }
      assert.equal((await overview(summit.id)).checkedIn, 0);
      assert.equal((await overview(other.summit.id)).checkedIn, 0);
    });

    it('answers 409 with the reason for people without a confirmed seat', async () => {
      const { summit, groups } = await buildDaySummit(t.deps, { people: 0 });
      const reasons = { pending: 'invitation_pending', declined: 'invitation_declined', cancelled: 'invitation_declined', withdrawn: 'invitation_withdrawn', waitlisted: 'invitation_waitlisted', expired: 'invitation_expired' } as const;
      for (const [status, code] of Object.entries(reasons)) {
        const person = await addPerson(t.deps, summit.id, groups[0]!.id, status as keyof typeof reasons, `Person ${status}`);
        const answer = await checkIn(summit.id, { code: person.code, clientId: randomUUID() });
        assert.equal(answer.statusCode, 409, status);
        assert.equal(answer.json().code, code, status);
      }
      assert.equal((await overview(summit.id)).checkedIn, 0);
    });

    it('refuses check-in at a cancelled summit with summit_cancelled', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      await t.deps.db.stores.summits.update(summit.id, { status: 'cancelled' }, t.deps.clock.now());
      const answer = await checkIn(summit.id, { code: people[0]!.code, clientId: randomUUID() });
      assert.equal(answer.statusCode, 409);
      assert.equal(answer.json().code, 'summit_cancelled');
    });

    it('accepts a check-in link of the summit, and no link of another summit, revoked or made up', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      const other = await buildDaySummit(t.deps);
      const link = await buildCheckInLink(t.deps, summit.id);
      const foreign = await buildCheckInLink(t.deps, other.summit.id);
      assert.equal((await checkIn(summit.id, { code: people[0]!.code, clientId: randomUUID() }, bearer(link.token))).statusCode, 201);
      for (const headers of [bearer(foreign.token), bearer('x'.repeat(43)), {}]) {
        const answer = await checkIn(summit.id, { code: people[1]!.code, clientId: randomUUID() }, headers);
        assert.equal(answer.statusCode, 401);
        assert.equal(answer.json().code, 'unauthenticated');
      }
      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/summits/${summit.id}/check-in-links/${link.id}`, headers: t.auth });
      assert.equal(revoked.statusCode, 204);
      assert.equal((await checkIn(summit.id, { code: people[1]!.code, clientId: randomUUID() }, bearer(link.token))).statusCode, 401);
      assert.equal((await overview(summit.id)).checkedIn, 1);
    });

    it('lets only a coordinator make check-in links, whose url ends in the token', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      const made = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summit.id}/check-in-links`, headers: t.auth, payload: { label: 'Indgang B' } });
      assert.equal(made.statusCode, 201);
      const token = new URL(made.json().url).pathname.split('/').pop()!;
      assert.equal((await checkIn(summit.id, { code: people[0]!.code, clientId: randomUUID() }, bearer(token))).statusCode, 201);
      const byHelper = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summit.id}/check-in-links`, headers: bearer(token), payload: {} });
      assert.equal(byHelper.statusCode, 401);
      const listed = await t.app.inject({ method: 'GET', url: `/api/v1/summits/${summit.id}/check-in-links`, headers: t.auth });
      assert.deepEqual(listed.json().map((l: { label: string }) => l.label), ['Indgang B']);
      assert.ok(!JSON.stringify(listed.json()).includes(token), 'the token is never shown again');
    });

    it('undoes a check-in with 204, so the person can be checked in afresh', async () => {
      const { summit, people } = await buildDaySummit(t.deps);
      const link = await buildCheckInLink(t.deps, summit.id);
      await checkIn(summit.id, { code: people[0]!.code, clientId: randomUUID() }, bearer(link.token));
      const undo = await t.app.inject({ method: 'DELETE', url: `/api/v1/summits/${summit.id}/check-ins/${people[0]!.id}`, headers: bearer(link.token) });
      assert.equal(undo.statusCode, 204);
      assert.equal((await overview(summit.id)).checkedIn, 0);
      const undoAgain = await t.app.inject({ method: 'DELETE', url: `/api/v1/summits/${summit.id}/check-ins/${people[0]!.id}`, headers: t.auth });
      assert.equal(undoAgain.statusCode, 204);
      const afresh = await checkIn(summit.id, { code: people[0]!.code, clientId: randomUUID() });
      assert.equal(afresh.statusCode, 201);
      assert.equal(afresh.json().alreadyCheckedIn, false);
    });

    it('counts arrivals by stakeholder group', async () => {
      const { summit, groups, people } = await buildDaySummit(t.deps, { people: 5 });
      for (const p of people.filter((p) => p.groupId === groups[0]!.id)) await checkIn(summit.id, { code: p.code, clientId: randomUUID() });
      const counts = await overview(summit.id);
      assert.deepEqual(counts.byGroup.map((g: { name: string; checkedIn: number; expected: number }) => [g.name, g.checkedIn, g.expected]), [['Borgere', 3, 3], ['Erhverv', 0, 2]]);
    });

    it('seats a walk-in within the quota and checks them in, then answers no_seat_free, and records one without a seat', async () => {
      const { summit, groups } = await buildDaySummit(t.deps, { people: 3, groups: [{ name: 'Borgere', quota: 2 }, { name: 'Erhverv', quota: 5 }], capacity: 10 });
      const walkIn = (body: object) => t.app.inject({ method: 'POST', url: `/api/v1/summits/${summit.id}/walk-ins`, headers: t.auth, payload: body });
      const clientId = randomUUID();
      const seated = await walkIn({ clientId, name: 'Walk-in Erhverv', groupId: groups[1]!.id });
      assert.equal(seated.statusCode, 201);
      assert.equal(seated.json().seated, true);
      const retry = await walkIn({ clientId, name: 'Walk-in Erhverv', groupId: groups[1]!.id });
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.json().invitationId, seated.json().invitationId);
      const full = await walkIn({ clientId: randomUUID(), name: 'Walk-in Borger', groupId: groups[0]!.id });
      assert.equal(full.statusCode, 409);
      assert.equal(full.json().code, 'no_seat_free');
      const without = await walkIn({ clientId: randomUUID(), name: 'Walk-in Borger', groupId: groups[0]!.id, withoutSeat: true });
      assert.equal(without.statusCode, 201);
      assert.equal(without.json().seated, false);
      const counts = await overview(summit.id);
      assert.equal(counts.checkedIn, 1);
      assert.equal(counts.expected, 4);
      assert.equal(counts.withoutSeat, 1);
    });

    it('gives the roster with codes and arrivals to a check-in link, and nothing to a participant', async () => {
      const { summit, people } = await buildDaySummit(t.deps, { people: 3 });
      const link = await buildCheckInLink(t.deps, summit.id);
      await checkIn(summit.id, { code: people[1]!.code, clientId: randomUUID() });
      const roster = await t.app.inject({ method: 'GET', url: `/api/v1/summits/${summit.id}/check-in-roster`, headers: bearer(link.token) });
      assert.equal(roster.statusCode, 200);
      const byName = new Map(roster.json().people.map((p: { name: string }) => [p.name, p]));
      assert.equal((byName.get(people[1]!.name) as { code: string }).code, people[1]!.code);
      assert.ok((byName.get(people[1]!.name) as { checkedInAt: string | null }).checkedInAt);
      assert.equal((byName.get(people[0]!.name) as { checkedInAt: string | null }).checkedInAt, null);
      const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/summits/${summit.id}/check-in-roster` });
      assert.equal(anonymous.statusCode, 401);
    });
  });
}
