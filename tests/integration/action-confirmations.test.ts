// Actions that mail people or cannot be undone ask first, through the real forms and without
// JavaScript, on both databases: the step says who will be told and changes nothing; the confirmed
// form acts, and the page then says how many were told, counted as the mail was queued.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { submitInterestRequest } from '../../src/use-cases/lifecycle/submit-interest-request.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { systemAccess } from '../support/access.ts';

for (const kind of databaseKinds()) {
  describe(`confirmation steps before actions that tell people (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    /** A published summit with a local forum of two seats, its recruiter link, and its area. */
    async function forumSummit() {
      const { summit, groups, areas } = await buildSummit(t.deps, { areas: [{ name: 'Tuse', population: 1000 }] });
      await t.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, t.deps.clock.now());
      const forum = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 2, { name: 'Lokalforum Tuse', areaId: areas[0]!.id });
      await t.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
      const token = (await createRecruiterLink(t.deps, systemAccess, forum.id, { sendEmail: false })).url.split('/').pop()!;
      return { summit, group: groups[0]!, forum, token, area: areas[0]! };
    }

    /** The recruiter's page and a post() that carries its CSRF token, as the browser would send it. */
    async function recruiterForms(token: string) {
      const page = await t.app.inject({ url: `/r/${token}` });
      assert.equal(page.statusCode, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      return (url: string, fields: Record<string, string> = {}) => t.app.inject({
        method: 'POST', url, cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
      });
    }

    it("asks before the recruiter withdraws a person, naming who is told; then says how many were mailed", async () => {
      const { summit, group, forum, token } = await forumSummit();
      const held = await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, organisationId: forum.id, status: 'confirmed', name: 'Hanne Holder', email: 'hanne@example.dk' });
      await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, organisationId: forum.id, status: 'confirmed', name: 'Bo Bekræftet' });
      const next = await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, organisationId: forum.id, status: 'waitlisted', name: 'Vera Venter', waitlistPosition: 1 });
      const post = await recruiterForms(token);
      const asked = await post(`/r/${token}/nominations/${held.id}/withdraw`);
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /<h1>Vil du trække Hanne Holder tilbage\?<\/h1>/);
      assert.match(asked.body, /Personen får en e-mail om det på hanne@example\.dk\./);
      assert.match(asked.body, /Pladsen går videre til Vera Venter/);
      assert.match(asked.body, /I alt får 2 personer besked på e-mail\./);
      assert.match(asked.body, /name="confirmed" value="1"/);
      assert.equal((await t.deps.db.stores.invitations.find(held.id as InvitationId))!.status, 'confirmed', 'asking changes nothing');

      const done = await post(`/r/${token}/nominations/${held.id}/withdraw`, { confirmed: '1' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, `/r/${token}?notice=withdrawn&people=2&organisation=1`);
      assert.equal((await t.deps.db.stores.invitations.find(held.id as InvitationId))!.status, 'withdrawn');
      assert.equal((await t.deps.db.stores.invitations.find(next.id as InvitationId))!.status, 'pending');
      const page = await t.app.inject({ url: String(done.headers.location) });
      assert.match(page.body, /id="recruiter-notice"[\s\S]*Personen er trukket tilbage\. 2 personer har fået besked på e-mail\. I har fået en e-mail om, hvem der fik pladsen\./);

      const again = await post(`/r/${token}/nominations/${held.id}/withdraw`, { confirmed: '1' });
      assert.equal(again.headers.location, `/r/${token}?notice=withdrawn&people=0&organisation=0`, 'a second click mails nobody and says so');
    });

    it("asks before the recruiter declines a citizen's request, with the message; then says one person was told", async () => {
      const { summit, token, area } = await forumSummit();
      const request = await submitInterestRequest(t.deps, summit.id, { areaId: area.id, name: 'Carl Borger', email: 'carl@example.dk', consent: true });
      const post = await recruiterForms(token);
      const asked = await post(`/r/${token}/interest/${request.id}/decline`, { message: 'Vi er fuldtallige' });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /Carl Borger får en e-mail på carl@example\.dk om, at I har afvist henvendelsen\./);
      assert.match(asked.body, /Jeres besked står i e-mailen: »Vi er fuldtallige«/);
      assert.match(asked.body, /name="message" value="Vi er fuldtallige"/);
      assert.equal((await t.deps.db.stores.interests.find(request.id))!.status, 'open', 'asking changes nothing');

      const done = await post(`/r/${token}/interest/${request.id}/decline`, { message: 'Vi er fuldtallige', confirmed: '1' });
      assert.equal(done.headers.location, `/r/${token}?notice=interest_declined&people=1`);
      assert.equal((await t.deps.db.stores.interests.find(request.id))!.status, 'declined');
      const page = await t.app.inject({ url: String(done.headers.location) });
      assert.match(page.body, /Henvendelsen er afvist\. 1 person har fået besked på e-mail\./);
    });
  });
}
