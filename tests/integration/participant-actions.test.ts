// What a coordinator does from a person's page, through the real forms on both databases: correct
// a name or email (the new address is told), send the invitation again, move within the quotas,
// and withdraw after a confirmation page that says who will be told.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

for (const kind of databaseKinds()) {
  describe(`a coordinator acting on a person (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    async function setUp() {
      const { summit, groups } = await buildSummit(t.deps, { capacity: 20, groups: [{ name: 'Borgere', quota: 3 }, { name: 'Erhverv', quota: 2 }] });
      const [citizens, business] = [groups[0]!, groups[1]!];
      const forum = await buildOrganisation(t.deps, summit.id, citizens.id, 1, { name: 'Lokalforum Tuse' });
      await t.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
      const council = await buildOrganisation(t.deps, summit.id, business.id, 1, { name: 'Erhvervsrådet', kind: 'business_council' });
      const person = await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, organisationId: forum.id, status: 'confirmed', name: 'Gitte Møller', email: 'gitte@example.dk' });
      const forms = await coordinatorForms(t);
      const url = `/admin/summits/${summit.id}/participants/${person.id}`;
      const find = async (id: string) => (await t.deps.db.stores.invitations.find(id as InvitationId))!;
      const mails = async (id: string) => t.deps.db.stores.outbox.listForInvitation(id);
      return { summit, citizens, business, forum, council, person, forms, url, find, mails };
    }

    it('corrects the email and tells the person at the new address with a new link; the old link stops working', async () => {
      const { person, forms, url, find, mails } = await setUp();
      const { post } = await forms.open(url);
      const saved = await post(`${url}/correct`, { name: 'Gitte Møller-Hansen', email: 'gitte.mh@example.dk' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${url}?done=emailChanged&saved=1`);
      const fixed = await find(person.id);
      assert.equal(fixed.name, 'Gitte Møller-Hansen');
      assert.equal(fixed.email, 'gitte.mh@example.dk');
      const sent = await mails(person.id);
      assert.equal(sent.length, 1);
      assert.equal(sent[0]!.kind, 'email_changed');
      assert.equal(sent[0]!.toAddress, 'gitte.mh@example.dk');
      assert.match(sent[0]!.bodyText, /fra gitte@example\.dk til gitte\.mh@example\.dk/);
      assert.match(sent[0]!.bodyText, /http:\/\/samskab\.test\/i\/\S+/);
      assert.equal((await t.app.inject({ url: `/i/${person.token}` })).statusCode, 404, 'the old link went to the old address');
      const page = await forms.get(saved.headers.location as string);
      assert.match(page.body, /personen har fået besked på den nye e-mailadresse/);
      assert.match(page.body, /<td>Navn eller e-mail rettet<\/td><td>Koordinator<\/td>/);
      assert.match(page.body, /<td>Fik besked om den nye e-mail<\/td>/);
    });

    it('refuses an email another person of the summit has, and changes nothing', async () => {
      const { summit, citizens, person, forms, url, find, mails } = await setUp();
      await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, status: 'pending', email: 'ole@example.dk' });
      const { post } = await forms.open(url);
      const refused = await post(`${url}/correct`, { name: 'Gitte', email: 'OLE@example.dk' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /En anden deltager i topmødet har allerede den e-mailadresse/);
      assert.equal((await find(person.id)).email, 'gitte@example.dk');
      assert.equal((await find(person.id)).name, 'Gitte Møller');
      assert.equal((await mails(person.id)).length, 0);
      const invalid = await post(`${url}/correct`, { name: '', email: 'ikke en e-mail' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /aria-invalid="true"/);
    });

    it('corrects only the name without mailing anyone', async () => {
      const { person, forms, url, find, mails } = await setUp();
      const { post } = await forms.open(url);
      const saved = await post(`${url}/correct`, { name: 'Gitte Møller', email: ' GITTE@example.dk ' });
      assert.equal(saved.headers.location, `${url}?done=corrected&saved=1`);
      assert.equal((await find(person.id)).email, 'GITTE@example.dk');
      assert.equal((await mails(person.id)).length, 0, 'the same address in other letters is no new address');
    });

    it('sends the invitation again with a new link that opens the page, and the old link stops working', async () => {
      const { summit, citizens, forms, find, mails } = await setUp();
      const pending = await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, status: 'pending', name: 'Per Pending' });
      const url = `/admin/summits/${summit.id}/participants/${pending.id}`;
      const { post } = await forms.open(url);
      const sent = await post(`${url}/resend`, {});
      assert.equal(sent.headers.location, `${url}?done=resent&saved=1`);
      const [mail] = await mails(pending.id);
      assert.equal(mail!.kind, 'invitation');
      const link = /http:\/\/samskab\.test(\/i\/\S+)/.exec(mail!.bodyText)![1]!;
      assert.equal((await t.app.inject({ url: link })).statusCode, 200);
      assert.equal((await t.app.inject({ url: `/i/${pending.token}` })).statusCode, 404);
      assert.equal((await find(pending.id)).status, 'pending');
      const waiting = await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, status: 'waitlisted', name: 'Vera Venter' });
      const waitingUrl = `/admin/summits/${summit.id}/participants/${waiting.id}`;
      const page = await forms.open(waitingUrl);
      assert.doesNotMatch(page.page.body, /action="[^"]+\/resend"/, 'nobody on the waiting list has an invitation to send again');
      const refused = await page.post(`${waitingUrl}/resend`, {});
      assert.equal(refused.statusCode, 422);
      assert.equal((await mails(waiting.id)).length, 0);
    });

    it('moves a person to an organisation with a free seat, and refills the old seat from its waiting list', async () => {
      const { summit, citizens, business, forum, council, person, forms, url, find } = await setUp();
      const next = await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, organisationId: forum.id, status: 'waitlisted', name: 'Næste Venter', waitlistPosition: 1 });
      const { post } = await forms.open(url);
      const moved = await post(`${url}/move`, { target: `${business.id}:${council.id}` });
      assert.equal(moved.headers.location, `${url}?done=moved&saved=1`);
      const after = await find(person.id);
      assert.equal(after.groupId, business.id);
      assert.equal(after.organisationId, council.id);
      assert.equal(after.status, 'confirmed');
      assert.equal((await find(next.id)).status, 'pending', "the forum's freed seat went to its waiting list");
    });

    it('refuses a move into a full quota with a Danish message, and changes nothing', async () => {
      const { summit, business, council, person, forms, url, find } = await setUp();
      await buildInvitation(t.deps, { summitId: summit.id, groupId: business.id, organisationId: council.id, status: 'pending' });
      const { post } = await forms.open(url);
      const refused = await post(`${url}/move`, { target: `${business.id}:${council.id}` });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Kvoten er fuld: der er ingen ledig plads i den valgte gruppe eller organisation/);
      const same = await find(person.id);
      assert.notEqual(same.organisationId, council.id);
      const foreign = await buildSummit(t.deps);
      const outside = await post(`${url}/move`, { target: foreign.groups[0]!.id });
      assert.equal(outside.statusCode, 422, "another summit's group is no place to move to");
      assert.equal((await find(person.id)).groupId, same.groupId);
    });

    it('asks before withdrawing, saying who is told, then withdraws, mails the person and invites the next on the waiting list', async () => {
      const { summit, citizens, forum, person, forms, url, find, mails } = await setUp();
      const next = await buildInvitation(t.deps, { summitId: summit.id, groupId: citizens.id, organisationId: forum.id, status: 'waitlisted', name: 'Næste Venter', waitlistPosition: 1 });
      const confirm = await forms.open(`${url}/withdraw`);
      assert.match(confirm.page.body, /<h1>Træk Gitte Møllers invitation tilbage\?<\/h1>/);
      assert.match(confirm.page.body, /Personen får en e-mail om det på gitte@example\.dk/);
      assert.match(confirm.page.body, /Pladsen går videre til Næste Venter/);
      assert.match(confirm.page.body, /Lokalforum Tuse får besked/);
      assert.match(confirm.page.body, /I alt får 2 deltagere og 1 organisation besked på e-mail\./);
      assert.equal((await find(person.id)).status, 'confirmed', 'opening the confirmation changes nothing');
      const done = await confirm.post(`${url}/withdraw`, {});
      // The count is what the withdrawal queued: the person, the one promoted, and the forum.
      assert.equal(done.headers.location, `${url}?done=withdrawn&participants=2&organisations=1&saved=1`);
      const after = await forms.get(String(done.headers.location));
      assert.match(after.body, /id="action-notice"[\s\S]*Invitationen er trukket tilbage\. 2 deltagere og 1 organisation har fået besked på e-mail\./);
      assert.equal((await find(person.id)).status, 'withdrawn');
      assert.equal((await find(next.id)).status, 'pending');
      const told = await mails(person.id);
      assert.deepEqual(told.map((m) => m.kind), ['invitation_withdrawn']);
      assert.match(told[0]!.bodyText, /kontakt Lokalforum Tuse på tuse@example\.dk/);
      const again = await confirm.post(`${url}/withdraw`, {});
      assert.equal(again.statusCode, 303);
      assert.equal((await mails(person.id)).length, 1, 'a second click mails nobody');
    });
  });
}
