// The coordinator's lifecycle page through the real app: forms with CSRF, Danish errors, and the
// re-confirmation dashboard.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSummit } from '../../src/use-cases/summit/save-summit.ts';
import { createGroup } from '../../src/use-cases/summit/save-group.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { systemAccess } from '../support/access.ts';

describe('the coordinator lifecycle page', () => {
  let t: TestApp;
  let forms: Awaited<ReturnType<typeof coordinatorForms>>;
  before(async () => {
    t = await createTestApp('sqlite');
    forms = await coordinatorForms(t);
  });
  after(async () => { await t.close(); });
  const form = (url: string) => forms.open(url);

  it('postpones, reschedules with re-confirmation, and shows who answered', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Sidens topmøde', capacity: 10 });
    const group = await createGroup(t.deps, systemAccess, summit.id, { name: 'Borgere', quota: 5 });
    await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status: 'confirmed', name: 'Bent Bekræftet' });
    const url = `/admin/summits/${summit.id}/lifecycle`;
    const { page, post } = await form(url);
    assert.match(page.body, /Udsæt topmødet/);
    const postponed = await post(`${url}/postpone`, { reason: 'Covid', newDate: 'foråret 2027', confirmed: '1' });
    assert.equal(postponed.statusCode, 303);
    assert.match(postponed.headers.location as string, /done=postponed&participants=1&organisations=0/);
    assert.match((await forms.get(postponed.headers.location as string)).body, /Topmødet er udsat\. 1 deltager og 0 organisationer har fået besked\./);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'postponed');

    const bad = await post(`${url}/reschedule`, { startsAt: '', venue: 'Hallen', reconfirmBy: 'i morgen' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Der er problemer/);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'postponed', 'nothing changed');

    const late = await post(`${url}/reschedule`, { startsAt: '2027-06-01T09:00', endsAt: '2027-06-01T16:00', venue: 'Hallen', reconfirmBy: '2027-06-02T12:00' });
    assert.equal(late.statusCode, 422);
    assert.match(late.body, /Fristen for genbekræftelse skal ligge før topmødet/);

    const ok = await post(`${url}/reschedule`, { startsAt: '2027-06-01T09:00', endsAt: '2027-06-01T16:00', venue: 'Hallen', reconfirmBy: '2027-05-20T12:00', reminderDays: '5, 1', confirmed: '1' });
    assert.equal(ok.statusCode, 303);
    const after = (await t.deps.db.stores.summits.find(summit.id))!;
    assert.equal(after.status, 'published');
    assert.equal(after.startsAt, '2027-06-01T07:00:00.000Z', 'Danish summer time is UTC+2');
    assert.equal(after.reminderDays, '5,1');
    const dashboard = await forms.get(url);
    assert.match(dashboard.body, /Bent Bekræftet/);
    assert.match(dashboard.body, /Mangler svar/);
  });

  it('asks for a reason before cancelling', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Aflyses', capacity: 10 });
    const url = `/admin/summits/${summit.id}/lifecycle`;
    const { post } = await form(url);
    const missing = await post(`${url}/cancel`, { reason: '' });
    assert.equal(missing.statusCode, 422);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'draft');
    const done = await post(`${url}/cancel`, { reason: 'Ingen penge', confirmed: '1' });
    assert.equal(done.statusCode, 303);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'cancelled');
  });

  it('asks first, saying how many will be told, and changes and mails nothing until confirmed', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Spørg først', capacity: 10 });
    const group = await createGroup(t.deps, systemAccess, summit.id, { name: 'Borgere', quota: 5 });
    for (const [i, status] of (['confirmed', 'confirmed', 'pending', 'waitlisted', 'declined'] as const).entries()) {
      await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status, name: `Person ${i}` });
    }
    const url = `/admin/summits/${summit.id}/lifecycle`;
    const { post } = await form(url);
    const asked = await post(`${url}/cancel`, { reason: 'Ingen penge' });
    assert.equal(asked.statusCode, 200);
    // Cancelling tells those who hold, await or wait for a seat: 2 confirmed, 1 pending, 1 waitlisted.
    assert.match(asked.body, /4 deltagere og 0 organisationer får besked på e-mail\. Det kan ikke fortrydes\./);
    assert.match(asked.body, /name="confirmed" value="1"/);
    assert.match(asked.body, /name="reason" value="Ingen penge"/, 'the typed reason is carried to the confirmation');
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'draft', 'nothing changed before confirming');
    assert.equal((await t.deps.db.stores.outbox.listForSummit(summit.id, 50)).filter((m) => m.kind === 'cancelled').length, 0, 'nobody mailed before confirming');

    const done = await post(`${url}/cancel`, { reason: 'Ingen penge', confirmed: '1' });
    assert.equal(done.statusCode, 303);
    const mailed = (await t.deps.db.stores.outbox.listForSummit(summit.id, 50)).filter((m) => m.kind === 'cancelled').length;
    assert.equal(mailed, 4, 'the count asked about is the number mailed');
    assert.match((await forms.get(done.headers.location as string)).body, /Topmødet er aflyst\. 4 deltagere og 0 organisationer har fået besked\./);
  });

  it('says afterwards whom the change actually mailed: postponing again tells nobody', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Udsat to gange', capacity: 10 });
    const group = await createGroup(t.deps, systemAccess, summit.id, { name: 'Borgere', quota: 5 });
    await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status: 'confirmed', name: 'Else Bekræftet' });
    const url = `/admin/summits/${summit.id}/lifecycle`;
    const { post } = await form(url);
    const first = await post(`${url}/postpone`, { reason: 'Covid', confirmed: '1' });
    assert.match(first.headers.location as string, /done=postponed&participants=1&organisations=0/);
    // A second postponement only updates the reason; the person is not mailed twice, and the page
    // says so: the count is of the messages the change itself queued.
    const second = await post(`${url}/postpone`, { reason: 'Stadig covid', confirmed: '1' });
    assert.equal(second.statusCode, 303);
    assert.match(second.headers.location as string, /done=postponed&participants=0&organisations=0/);
    const mailed = (await t.deps.db.stores.outbox.listForSummit(summit.id, 50)).filter((m) => m.kind === 'postponed').length;
    assert.equal(mailed, 1, 'one postponement mail in all');
  });

  it('says on the form, before any confirmation, why a new date cannot be set', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Ikke udsat', capacity: 10 });
    const url = `/admin/summits/${summit.id}/lifecycle`;
    const { post } = await form(url);
    const refused = await post(`${url}/reschedule`, { startsAt: '2027-06-01T09:00', endsAt: '2027-06-01T16:00', venue: 'Hallen', reconfirmBy: '2027-05-20T12:00' });
    assert.equal(refused.statusCode, 422, 'a draft cannot be moved to a new date, so there is nothing to confirm');
    assert.doesNotMatch(refused.body, /name="confirmed"/);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.status, 'draft');
  });

  it('lets the coordinator preview and adjust a message, and uses the own wording when it is sent', async () => {
    const summit = await createSummit(t.deps, systemAccess, { title: 'Egne ord', capacity: 10 });
    const group = await createGroup(t.deps, systemAccess, summit.id, { name: 'Borgere', quota: 5 });
    const person = await buildInvitation(t.deps, { summitId: summit.id, groupId: group.id, status: 'confirmed', name: 'Ida Modtager' });
    const url = `/admin/summits/${summit.id}/messages`;
    const { page, post } = await form(url);
    assert.match(page.body, /\{navn\}/, 'the standard text is shown with its placeholders');
    const empty = await post(`${url}/postponed`, { 'postponed-subject': '', 'postponed-body': 'x' });
    assert.equal(empty.statusCode, 422);
    assert.equal((await t.deps.db.stores.lifecycle.listTemplates(summit.id)).length, 0);
    const saved = await post(`${url}/postponed`, { 'postponed-subject': '{topmøde} flyttes', 'postponed-body': 'Hej {navn}. {begrundelse} Se {link}' });
    assert.equal(saved.statusCode, 303);
    const lifecycle = await form(`/admin/summits/${summit.id}/lifecycle`);
    await lifecycle.post(`/admin/summits/${summit.id}/lifecycle/postpone`, { reason: 'Vejret.', confirmed: '1' });
    const sent = (await t.deps.db.stores.outbox.listForSummit(summit.id, 10)).find((m) => m.kind === 'postponed' && m.invitationId === person.id)!;
    assert.equal(sent.subject, 'Egne ord flyttes');
    // The own wording, then only the privacy notice's line that every mail about a public summit ends with.
    assert.match(sent.bodyText, /^Hej Ida Modtager\. Vejret\. Se http:\/\/samskab\.test\/i\/[A-Za-z0-9_-]{40,}\nSådan behandler kommunen dine oplysninger: http:\/\/samskab\.test\/topmoede\/egne-ord\/privatliv$/);
    const reset = await (await form(url)).post(`${url}/postponed/reset`, {});
    assert.equal(reset.statusCode, 303);
    assert.equal((await t.deps.db.stores.lifecycle.listTemplates(summit.id)).length, 0);
  });
});
