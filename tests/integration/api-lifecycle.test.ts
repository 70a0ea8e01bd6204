// The lifecycle and interest API and the public interest form, through the real app.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrganisationId } from '../../src/domain/ids.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const lastSegment = (url: string) => new URL(url).pathname.split('/').filter(Boolean).pop()!;

for (const kind of databaseKinds()) {
  describe(`lifecycle API on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = t.auth) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

    async function demo() {
      const { summit } = await seedDemoSummit(t.deps);
      const overview = (await call('GET', `/summits/${summit.id}`)).json();
      const area = overview.areas.find((a: { name: string }) => a.name === 'Tølløse');
      const forum = overview.organisations.find((o: { areaId: string; kind: string }) => o.areaId === area.id && o.kind === 'local_forum');
      return { summit, area, forum };
    }

    it('takes a citizen request for the area\'s local forum, which sees only its own and decides once', async () => {
      const { summit, area, forum } = await demo();
      await call('PATCH', `/organisations/${forum.id}`, { contactEmail: 'forum@example.dk' });
      const sent = await call('POST', `/summits/${summit.id}/interest`, { areaId: area.id, name: 'Karen Borger', email: 'karen@example.dk', message: 'Jeg vil gerne', consent: true }, {});
      assert.equal(sent.statusCode, 202);
      const { url } = await createRecruiterLink(t.deps, systemAccess, forum.id as OrganisationId, { sendEmail: false });
      const token = lastSegment(url);
      const list = (await call('GET', `/recruiter/${token}/interest-requests`, undefined, {})).json();
      assert.equal(list.length, 1);
      assert.equal(list[0].name, 'Karen Borger');
      const other = (await call('GET', `/summits/${summit.id}`)).json().organisations.find((o: { kind: string; id: string }) => o.kind === 'local_forum' && o.id !== forum.id);
      const otherLink = await createRecruiterLink(t.deps, systemAccess, other.id as OrganisationId, { sendEmail: false });
      assert.deepEqual((await call('GET', `/recruiter/${lastSegment(otherLink.url)}/interest-requests`, undefined, {})).json(), []);
      const foreign = await call('POST', `/recruiter/${lastSegment(otherLink.url)}/interest-requests/${list[0].id}/decision`, { decision: 'accepted' }, {});
      assert.equal(foreign.statusCode, 404, "another forum cannot decide this forum's request");

      const accepted = await call('POST', `/recruiter/${token}/interest-requests/${list[0].id}/decision`, { decision: 'accepted' }, {});
      assert.equal(accepted.statusCode, 200);
      assert.equal(accepted.json().status, 'accepted');
      const again = await call('POST', `/recruiter/${token}/interest-requests/${list[0].id}/decision`, { decision: 'accepted' }, {});
      assert.equal(again.json().invitationId, accepted.json().invitationId, 'accepting twice nominates once');
      const flip = await call('POST', `/recruiter/${token}/interest-requests/${list[0].id}/decision`, { decision: 'declined' }, {});
      assert.equal(flip.statusCode, 409);
      const invitations = (await call('GET', `/summits/${summit.id}/invitations`)).json();
      assert.equal(invitations.filter((i: { email: string }) => i.email === 'karen@example.dk').length, 1);
      const kinds = (await t.deps.db.stores.outbox.listForSummit(summit.id, 100)).map((m) => m.kind);
      for (const k of ['interest_received', 'interest_receipt', 'interest_accepted', 'invitation']) assert.ok(kinds.includes(k as never), k);
    });

    it('refuses a request without consent or for an unknown area, and ignores a filled honeypot', async () => {
      const { summit, area } = await demo();
      const before = (await t.deps.db.stores.interests.listForSummit(summit.id)).length;
      const noConsent = await call('POST', `/summits/${summit.id}/interest`, { areaId: area.id, name: 'A', email: 'a@example.dk', consent: false }, {});
      assert.equal(noConsent.statusCode, 422);
      const badArea = await call('POST', `/summits/${summit.id}/interest`, { areaId: 'nope', name: 'A', email: 'a@example.dk', consent: true }, {});
      assert.equal(badArea.statusCode, 422);
      assert.equal(badArea.json().code, 'area_not_in_summit');
      const bot = await call('POST', `/summits/${summit.id}/interest`, { areaId: area.id, name: 'Bot', email: 'bot@example.dk', consent: true, website: 'http://spam' }, {});
      assert.equal(bot.statusCode, 202);
      assert.equal((await t.deps.db.stores.interests.listForSummit(summit.id)).length, before);
    });

    it('takes the public form: errors in Danish and nothing saved, then a thank-you', async () => {
      const { summit, area } = await demo();
      const page = await t.app.inject({ url: `/topmoede/${summit.slug}` });
      assert.match(page.body, /Udsat – ny dato følger/);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const post = (form: Record<string, string>) => t.app.inject({ method: 'POST', url: `/topmoede/${summit.slug}/interesse`, cookies, payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      const before = (await t.deps.db.stores.interests.listForSummit(summit.id)).length;
      const bad = await post({ areaId: area.id, name: '', email: 'ikke-en-mail' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Der er problemer/);
      assert.match(bad.body, /Skriv en gyldig e-mailadresse/);
      assert.equal((await t.deps.db.stores.interests.listForSummit(summit.id)).length, before);
      const good = await post({ areaId: area.id, name: 'Ole', email: 'ole@example.dk', consent: 'on' });
      assert.equal(good.statusCode, 303);
      assert.equal((await t.deps.db.stores.interests.listForSummit(summit.id)).length, before + 1);
      const noCsrf = await t.app.inject({ method: 'POST', url: `/topmoede/${summit.slug}/interesse`, payload: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(noCsrf.statusCode, 403);
    });

    it('postpones, reschedules and cancels through the API with stable codes', async () => {
      const summit = (await call('POST', '/summits', { title: 'Livscyklus', capacity: 20 })).json();
      assert.equal((await call('POST', `/summits/${summit.id}/reschedule`, { startsAt: '2027-06-01T07:00:00Z', venue: 'X', reconfirmBy: '2027-05-01T07:00:00Z' })).json().code, 'illegal_status_transition');
      const postponed = await call('POST', `/summits/${summit.id}/postpone`, { reason: 'Covid' });
      assert.equal(postponed.statusCode, 200);
      assert.equal(postponed.json().status, 'postponed');
      const viaStatus = await call('POST', `/summits/${summit.id}/status`, { status: 'published' });
      assert.equal(viaStatus.json().code, 'reschedule_required');
      const moved = await call('POST', `/summits/${summit.id}/reschedule`, { startsAt: '2027-06-01T07:00:00Z', endsAt: '2027-06-01T14:00:00Z', venue: 'Holbæk', reconfirmBy: '2027-05-01T07:00:00Z' });
      assert.equal(moved.statusCode, 200);
      assert.equal(moved.json().status, 'published');
      assert.equal(moved.json().calendarSequence, 1);
      const overview = await call('GET', `/summits/${summit.id}/reconfirmations`);
      assert.equal(overview.json().reconfirmBy, '2027-05-01T07:00:00.000Z');
      const cancelled = await call('POST', `/summits/${summit.id}/cancel`, { reason: 'Ingen penge' });
      assert.equal(cancelled.json().status, 'cancelled');
      assert.equal((await call('POST', `/summits/${summit.id}/postpone`, { reason: 'x' })).statusCode, 409);
    });

    it("shows the participant the new date, takes the one-click re-confirmation, and lists the messages sent", async () => {
      const summit = (await call('POST', '/summits', { title: 'Genbekræft', capacity: 20 })).json();
      const group = (await call('POST', `/summits/${summit.id}/groups`, { name: 'Borgere', quota: 5 })).json();
      const person = await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status: 'confirmed', name: 'Åse Ærø' });
      await call('POST', `/summits/${summit.id}/postpone`, { reason: 'Covid' });
      const postponedPage = await t.app.inject({ url: `/i/${person.token}` });
      assert.match(postponedPage.body, /Topmødet er udsat – ny dato følger/);
      await call('POST', `/summits/${summit.id}/reschedule`, { startsAt: '2027-06-01T07:00:00Z', endsAt: '2027-06-01T14:00:00Z', venue: 'Holbæk', reconfirmBy: '2027-05-01T07:00:00Z' });
      const page = await t.app.inject({ url: `/i/${person.token}` });
      assert.match(page.body, /Bekræft din plads på den nye dato/);
      assert.match(page.body, /Ny dato: Genbekræft/, 'the reschedule message is listed on the page');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const done = await t.app.inject({ method: 'POST', url: `/i/${person.token}/reconfirm`, cookies, payload: `_csrf=${encodeURIComponent(csrf)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(done.statusCode, 303);
      const after = await t.app.inject({ url: `/i/${person.token}` });
      assert.match(after.body, /du har bekræftet din plads/);
      const api = await call('POST', `/invitations/${person.token}/reconfirm`, {}, {});
      assert.deepEqual(api.json(), { status: 'confirmed', reconfirmState: 'reconfirmed' });
      assert.equal((await call('GET', `/summits/${summit.id}/reconfirmations`)).json().counts.reconfirmed, 1);
    });

    it("shows the forum its citizens' requests on the recruiter page and takes a decline with a message", async () => {
      const { summit, area, forum } = await demo();
      await call('POST', `/summits/${summit.id}/interest`, { areaId: area.id, name: 'Per Sidebesøg', email: 'per@example.dk', consent: true }, {});
      const { url } = await createRecruiterLink(t.deps, systemAccess, forum.id as OrganisationId, { sendEmail: false });
      const token = lastSegment(url);
      const page = await t.app.inject({ url: `/r/${token}` });
      assert.match(page.body, /Henvendelser fra borgere/);
      assert.match(page.body, /Per Sidebesøg/);
      const request = (await t.deps.db.stores.interests.listForOrganisation(forum.id)).find((r) => r.name === 'Per Sidebesøg')!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const decline = (fields: Record<string, string>) => t.app.inject({ method: 'POST', url: `/r/${token}/interest/${request.id}/decline`, cookies,
        headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: csrf, message: 'Vi er fuldtallige', ...fields }).toString() });
      // Declining mails the citizen and cannot be undone: the first post asks.
      const asked = await decline({});
      assert.equal(asked.statusCode, 200);
      assert.equal((await t.deps.db.stores.interests.find(request.id))!.status, 'open');
      const declined = await decline({ confirmed: '1' });
      assert.equal(declined.statusCode, 303);
      const after = (await t.deps.db.stores.interests.find(request.id))!;
      assert.equal(after.status, 'declined');
      assert.equal(after.decisionMessage, 'Vi er fuldtallige');
      const told = (await t.deps.db.stores.outbox.listForSummit(summit.id, 500)).find((m) => m.kind === 'interest_declined' && m.toAddress === 'per@example.dk');
      assert.match(told!.bodyText, /Vi er fuldtallige/);
    });

    it('confirms a yes by email with a calendar file, which the participant page also offers', async () => {
      const summit = (await call('POST', '/summits', { title: 'Kalender', capacity: 20, startsAt: '2027-09-01T07:00:00Z', endsAt: '2027-09-01T14:00:00Z' })).json();
      await call('POST', `/summits/${summit.id}/status`, { status: 'published' });
      const group = (await call('POST', `/summits/${summit.id}/groups`, { name: 'Borgere', quota: 5 })).json();
      const person = await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status: 'pending', name: 'Kalle Kalender' });
      assert.equal((await call('POST', `/invitations/${person.token}/accept`, {}, {})).json().status, 'confirmed');
      assert.equal((await call('POST', `/invitations/${person.token}/accept`, {}, {})).json().status, 'confirmed');
      const confirmations = (await t.deps.db.stores.outbox.listForSummit(summit.id, 50)).filter((m) => m.kind === 'confirmation');
      assert.equal(confirmations.length, 1, 'a double accept confirms once');
      assert.match(confirmations[0].attachments[0].content, /DTSTART;TZID=Europe\/Copenhagen:20270901T090000/);
      const ics = await t.app.inject({ url: `/i/${person.token}/kalender.ics` });
      assert.equal(ics.statusCode, 200);
      assert.match(ics.headers['content-type'] as string, /text\/calendar/);
      assert.match(ics.body, /UID:summit-.*-person-/);
    });
  });
}
