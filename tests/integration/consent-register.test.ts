// The consent register beyond photos, on both databases: a coordinator adds a summit's own consent
// (Danish and English words, a version), participants give and withdraw it, photos and the sharing
// of contact details on their page with one checkbox each, and the change takes effect everywhere:
// the register keeps the exact words, version, language and times; the no-photo list and the
// contact list follow at once; a change of words makes a new version and asks again; a retired kind
// can still be withdrawn; a person no longer taking part can still withdraw, never give; the coordinator sees each person's consents; the access export has them
// all; and erasing the person leaves none.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SummitId } from '../../src/domain/ids.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { consentWordings } from '../../src/domain/personal-data/consent.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { pageTexts } from '../support/pdf-reading.ts';
import { participantTokens } from '../support/registration.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)![1]!;
const shownOf = (body: string) => /name="consentsShown" value="([^"]*)"/.exec(body)![1]!;

for (const kind of databaseKinds()) {
  describe(`the consent register (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const api = async (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: t.auth, ...(payload ? { payload } : {}) });

    /** A published summit with three invited people; their tokens by email. */
    async function summitWithPeople(title: string) {
      const summit = (await api('POST', '/api/v1/summits', { title, capacity: 20, startsAt: '2027-05-01T08:00:00.000Z' })).json();
      const summitId = summit.id as SummitId;
      const group = (await api('POST', `/api/v1/summits/${summitId}/groups`, { name: 'Erhverv', quota: 10 })).json();
      const forum = (await api('POST', `/api/v1/summits/${summitId}/organisations`, { name: 'Erhvervsrådet', kind: 'business', groupId: group.id, quota: 0 })).json();
      await api('POST', `/api/v1/summits/${summitId}/status`, { status: 'published' });
      const people = [
        { name: 'Anne Andersen', email: 'anne@virksomhed.dk', phone: '+45 20 11 22 33' },
        { name: 'Bjarne Bak', email: 'bjarne@virksomhed.dk', phone: '+45 30 44 55 66' },
        { name: 'Cecilie Clausen', email: 'cecilie@virksomhed.dk', phone: '+45 40 77 88 99' },
      ];
      const ids = new Map<string, string>();
      for (const p of people) {
        const made = await api('POST', `/api/v1/summits/${summitId}/invitations`, { ...p, groupId: group.id, organisationId: forum.id });
        assert.equal(made.statusCode, 201, made.body);
        ids.set(p.email, made.json().id);
      }
      return { summitId, ids, tokens: await participantTokens(t.deps, summitId) };
    }

    /** Opens the participant's page and posts its answer form with `ticked` boxes, as the browser would. */
    async function answer(token: string, ticked: string[], options: { action?: 'accept' | 'details'; shown?: string; lang?: 'en' } = {}) {
      const cookies: Record<string, string> = options.lang ? { samskab_lang: options.lang } : {};
      const page = await t.app.inject({ url: `/i/${token}`, cookies });
      assert.equal(page.statusCode, 200);
      const jar: Record<string, string> = { ...cookies, ...Object.fromEntries(page.cookies.map((c) => [c.name, c.value])) };
      const fields = new URLSearchParams([['_csrf', csrfOf(page.body)], ['diet', ''], ['accessibility', ''], ['consentsShown', options.shown ?? shownOf(page.body)], ...ticked.map((f) => [f, 'on'])]);
      return t.app.inject({ method: 'POST', url: `/i/${token}/${options.action ?? 'details'}`, cookies: jar, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: fields.toString() });
    }

    it('keeps each consent with its exact words, version, language and times, and withdraws it with the same one checkbox', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om erhverv');
      const forms = await coordinatorForms(t);
      const page = await forms.open(`/admin/summits/${summitId}/consents`);
      assert.match(page.page.body, /Deling af kontaktoplysninger/);
      const added = await page.post(`/admin/summits/${summitId}/consents`, { labelDa: 'Mit navn må stå i den trykte deltagerliste.', hintDa: 'Listen deles ud på dagen.', labelEn: 'My name may appear in the printed participant list.', hintEn: '' });
      assert.equal(added.statusCode, 303, added.body);
      const [own] = await t.deps.db.stores.consentKinds.list(summitId);
      assert.equal(own!.version, 1);

      const anne = tokens.get('anne@virksomhed.dk')!;
      const form = await t.app.inject({ url: `/i/${anne}?lang=en` });
      assert.match(form.body, /My name may appear in the printed participant list\./, 'the summit\'s own consent is asked in the page\'s language');
      assert.equal(shownOf(form.body), `photos:${consentWordings.photos.version},contacts:${consentWordings.contacts.version},${own!.id}:1`);
      const accepted = await answer(anne, ['consentContacts', `consent-${own!.id}`], { action: 'accept', lang: 'en' });
      assert.equal(accepted.statusCode, 303, accepted.body);
      const anneId = ids.get('anne@virksomhed.dk')! as InvitationId;
      const byKind = (a: { kind: string }, b: { kind: string }) => (a.kind === 'contacts' ? -1 : b.kind === 'contacts' ? 1 : 0);
      let register = (await t.deps.db.stores.personalData.listConsents(anneId)).sort(byKind);
      assert.deepEqual(register.map((r) => [r.kind, r.version, r.language, r.withdrawnAt]), [['contacts', consentWordings.contacts.version, 'en', null], [own!.id, '1', 'en', null]]);
      assert.equal(register[0]!.wording, `${consentWordings.contacts.en.label} ${consentWordings.contacts.en.hint}`, 'the exact words shown, in English');
      assert.equal(register[1]!.wording, 'My name may appear in the printed participant list.');
      assert.equal((await t.deps.db.stores.invitations.find(anneId))?.consentPhotos, false, 'photos were not ticked');

      const again = await answer(anne, ['consentContacts', `consent-${own!.id}`]);
      assert.equal(again.statusCode, 303);
      assert.equal((await t.deps.db.stores.personalData.listConsents(anneId)).length, 2, 'saving the same consents records nothing new');

      const withdrawn = await answer(anne, ['consentContacts']);
      assert.equal(withdrawn.statusCode, 303);
      register = await t.deps.db.stores.personalData.listConsents(anneId);
      const ownEntry = register.find((r) => r.kind === own!.id)!;
      assert.ok(ownEntry.withdrawnAt, 'unticking the box withdrew it, with the time');
      assert.equal(register.find((r) => r.kind === 'contacts')!.withdrawnAt, null, 'the other consent stands');
      const audit = (await t.deps.db.stores.audit.list(summitId, 100)).filter((a) => a.subjectId === anneId && a.action.startsWith('consent.'));
      assert.deepEqual(audit.map((a) => [a.action, (a.data as { consent: string }).consent]).sort(), [['consent.given', 'contacts'], ['consent.given', own!.id], ['consent.revoked', own!.id]].sort());

      const person = await forms.get(`/admin/summits/${summitId}/participants/${anneId}`);
      assert.match(person.body, /id="person-consents"/);
      assert.match(person.body, /Mit navn må stå i den trykte deltagerliste\.<\/td><td>Trukket tilbage/);
      assert.match(person.body, /Deling af kontaktoplysninger<\/td><td>Givet/);

      const data = (await api('GET', `/api/v1/invitations/${anneId}/personal-data`)).json();
      assert.deepEqual(data.held.consents.sort(byKind).map((c: { kind: string; version: string; givenAt: string; withdrawnAt: string | null }) => [c.kind, c.version, Boolean(c.givenAt), Boolean(c.withdrawnAt)]),
        [['contacts', consentWordings.contacts.version, true, false], [own!.id, '1', true, true]]);
      const pdf = pageTexts((await api('GET', `/api/v1/invitations/${anneId}/personal-data?format=pdf`)).rawPayload).join('\n').replace(/\s+/g, ' ');
      assert.ok(pdf.includes('My name may appear in the printed participant list.'), 'the PDF gives the words consented to');
    });

    it('makes a new version when the words change, asks again, and never records a consent to words not shown', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om havne');
      const forms = await coordinatorForms(t);
      await (await forms.open(`/admin/summits/${summitId}/consents`)).post(`/admin/summits/${summitId}/consents`, { labelDa: 'Jeg må kontaktes om et opfølgende møde.', hintDa: '', labelEn: 'I may be contacted about a follow-up meeting.', hintEn: '' });
      const [own] = await t.deps.db.stores.consentKinds.list(summitId);
      const bjarne = tokens.get('bjarne@virksomhed.dk')!;
      const bjarneId = ids.get('bjarne@virksomhed.dk')! as InvitationId;
      assert.equal((await answer(bjarne, [`consent-${own!.id}`], { action: 'accept' })).statusCode, 303);
      const stale = (await t.app.inject({ url: `/i/${bjarne}` })).body;

      const edit = await forms.open(`/admin/summits/${summitId}/consents/${own!.id}`);
      const same = await edit.post(`/admin/summits/${summitId}/consents/${own!.id}`, { labelDa: 'Jeg må kontaktes om et opfølgende møde.', hintDa: '', labelEn: 'I may be contacted about a follow-up meeting.', hintEn: '' });
      assert.match(String(same.headers.location), /done=unchanged/);
      assert.equal((await t.deps.db.stores.consentKinds.find(own!.id))?.version, 1, 'the same words keep the version');
      const revised = await edit.post(`/admin/summits/${summitId}/consents/${own!.id}`, { labelDa: 'Jeg må kontaktes om et opfølgende møde i 2028.', hintDa: '', labelEn: 'I may be contacted about a follow-up meeting in 2028.', hintEn: '' });
      assert.match(String(revised.headers.location), /done=revised/);
      assert.equal((await t.deps.db.stores.consentKinds.find(own!.id))?.version, 2);

      const asked = (await t.app.inject({ url: `/i/${bjarne}` })).body;
      assert.match(asked, /Ordlyden er ændret, siden du gav samtykke/);
      assert.doesNotMatch(asked, new RegExp(`id="consent-${own!.id}" name="consent-${own!.id}" value="on" checked`), 'the outdated consent is not shown as given');
      const kinds = await forms.get(`/admin/summits/${summitId}/consents`);
      assert.match(kinds.body, /Version 2 · 0 personer har givet samtykke/, 'a consent to the earlier words no longer counts');

      const refused = await answer(bjarne, [`consent-${own!.id}`], { shown: shownOf(stale) });
      assert.equal(refused.statusCode, 409, 'the form showed version 1');
      assert.match(refused.body, /Ordlyden af et samtykke er ændret/);
      assert.equal((await t.deps.db.stores.personalData.listConsents(bjarneId)).length, 1, 'nothing was recorded');

      assert.equal((await answer(bjarne, [`consent-${own!.id}`])).statusCode, 303);
      const register = (await t.deps.db.stores.personalData.listConsents(bjarneId)).sort((a, b) => a.version.localeCompare(b.version));
      assert.deepEqual(register.map((r) => [r.version, r.withdrawnAt === null, r.wording]), [
        ['1', false, 'Jeg må kontaktes om et opfølgende møde.'], ['2', true, 'Jeg må kontaktes om et opfølgende møde i 2028.'],
      ], 'the old consent is closed and the new words are kept beside it');
    });

    it('shares contact details only among those who consent, in Min dag and in the coordinator\'s Kontaktliste, and stops at once on withdrawal', async () => {
      const { summitId, tokens } = await summitWithPeople('Topmøde om turisme');
      const [anne, bjarne, cecilie] = ['anne', 'bjarne', 'cecilie'].map((n) => tokens.get(`${n}@virksomhed.dk`)!);
      assert.equal((await answer(anne!, ['consentContacts', 'consentPhotos'], { action: 'accept' })).statusCode, 303);
      assert.equal((await answer(bjarne!, ['consentContacts'], { action: 'accept' })).statusCode, 303);
      assert.equal((await answer(cecilie!, ['consentPhotos'], { action: 'accept' })).statusCode, 303);

      const annesDay = (await t.app.inject({ url: `/i/${anne}/min-dag` })).body;
      assert.match(annesDay, /id="contact-list"/);
      assert.match(annesDay, /Bjarne Bak<\/td><td>[^<]*<\/td><td><a href="mailto:bjarne@virksomhed\.dk">bjarne@virksomhed\.dk<\/a><\/td><td>\+45 30 44 55 66/);
      assert.doesNotMatch(annesDay, /Cecilie|cecilie@/, 'no one who did not consent is shown');
      assert.doesNotMatch(annesDay, /anne@virksomhed\.dk/, 'nor the person herself');
      const ceciliesDay = (await t.app.inject({ url: `/i/${cecilie}/min-dag` })).body;
      assert.match(ceciliesDay, /Giv samtykke til at dele dine kontaktoplysninger/);
      assert.doesNotMatch(ceciliesDay, /anne@|bjarne@/, 'someone who does not share sees no one\'s details');

      const forms = await coordinatorForms(t);
      const list = `/admin/summits/${summitId}/participants/lists`;
      let csv = (await forms.get(`${list}/contacts.csv`)).body;
      assert.match(csv, /Anne Andersen/);
      assert.match(csv, /\+45 30 44 55 66/);
      assert.doesNotMatch(csv, /Cecilie/);
      assert.match((await forms.get(`${list}/no-photo.csv`)).body, /Bjarne Bak/);

      assert.equal((await answer(bjarne!, ['consentPhotos'])).statusCode, 303, 'Bjarne withdraws sharing and gives photos');
      assert.doesNotMatch((await t.app.inject({ url: `/i/${anne}/min-dag` })).body, /Bjarne/);
      csv = (await forms.get(`${list}/contacts.csv`)).body;
      assert.doesNotMatch(csv, /Bjarne/);
      assert.doesNotMatch((await forms.get(`${list}/no-photo.csv`)).body, /Bjarne Bak/, 'the no-photo list follows the photo consent at once');
      const participants = await forms.get(`/admin/summits/${summitId}/participants`);
      assert.match(participants.body, /Kontaktliste \(kun dem, der har givet samtykke/);
    });

    it('stops asking for a retired consent, lets those who gave it withdraw it, and refuses to record it anew', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om kultur');
      const forms = await coordinatorForms(t);
      const consents = await forms.open(`/admin/summits/${summitId}/consents`);
      await consents.post(`/admin/summits/${summitId}/consents`, { labelDa: 'Jeg må citeres i referatet.', hintDa: '', labelEn: 'I may be quoted in the minutes.', hintEn: '' });
      const [own] = await t.deps.db.stores.consentKinds.list(summitId);
      const anne = tokens.get('anne@virksomhed.dk')!;
      const bjarne = tokens.get('bjarne@virksomhed.dk')!;
      await answer(anne, [`consent-${own!.id}`], { action: 'accept' });
      const bjarnesStale = (await t.app.inject({ url: `/i/${bjarne}` })).body;
      const retired = await consents.post(`/admin/summits/${summitId}/consents/${own!.id}/retire`, {});
      assert.equal(retired.statusCode, 303);
      assert.match((await forms.get(`/admin/summits/${summitId}/consents`)).body, /Spørges ikke længere/);

      assert.doesNotMatch((await t.app.inject({ url: `/i/${bjarne}` })).body, /Jeg må citeres i referatet/, 'no longer asked of someone who did not give it');
      const annes = (await t.app.inject({ url: `/i/${anne}` })).body;
      assert.match(annes, /Jeg må citeres i referatet/);
      assert.match(annes, /Kommunen beder ikke længere om dette samtykke/);
      const refused = await answer(bjarne, [`consent-${own!.id}`], { action: 'accept', shown: shownOf(bjarnesStale) });
      assert.equal(refused.statusCode, 409);
      assert.equal((await t.deps.db.stores.personalData.listConsents(ids.get('bjarne@virksomhed.dk')!)).length, 0);
      assert.equal((await answer(anne, [])).statusCode, 303);
      assert.ok((await t.deps.db.stores.personalData.listConsents(ids.get('anne@virksomhed.dk')!))[0]!.withdrawnAt, 'withdrawn though retired');
    });

    /** Posts one of the page's small forms (the withdraw button, the decline), as the browser would. */
    async function post(token: string, path: string, fields: Record<string, string> = {}) {
      const page = await t.app.inject({ url: `/i/${token}` });
      const jar = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const body = new URLSearchParams({ _csrf: csrfOf(page.body), ...fields }).toString();
      return t.app.inject({ method: 'POST', url: `/i/${token}/${path}`, cookies: jar, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
    }

    it('lets a person who declined withdraw a consent on their page, recorded with the time, and never give one there', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om havne');
      const anne = tokens.get('anne@virksomhed.dk')!;
      const anneId = ids.get('anne@virksomhed.dk')! as InvitationId;
      assert.equal((await answer(anne, ['consentPhotos', 'consentContacts'], { action: 'accept' })).statusCode, 303);
      assert.equal((await post(anne, 'decline')).statusCode, 303);

      const page = (await t.app.inject({ url: `/i/${anne}` })).body;
      assert.doesNotMatch(page, /name="consentsShown"|\/(accept|details)"/, 'a closed page has no form that gives');
      assert.match(page, /Dine samtykker/);
      assert.match(page, /name="kind" value="photos"[^>]*>Træk samtykke tilbage</);
      assert.match(page, /name="kind" value="contacts"/);

      const withdrawn = await post(anne, 'consents/withdraw', { kind: 'photos' });
      assert.equal(withdrawn.statusCode, 303, withdrawn.body);
      assert.equal(withdrawn.headers.location, `/i/${anne}?notice=consentWithdrawn`);
      const register = await t.deps.db.stores.personalData.listConsents(anneId);
      const photos = register.find((r) => r.kind === 'photos')!;
      assert.ok(photos.withdrawnAt && photos.withdrawnAt >= photos.givenAt, 'the register shows the photo consent withdrawn, with the time');
      assert.equal(register.find((r) => r.kind === 'contacts')!.withdrawnAt, null, 'the other consent stands');
      assert.equal((await t.deps.db.stores.invitations.find(anneId))?.consentPhotos, false, 'the flag the badges and lists read follows');
      const audit = (await t.deps.db.stores.audit.list(summitId, 100)).filter((a) => a.subjectId === anneId && a.action === 'consent.revoked');
      assert.deepEqual(audit.map((a) => (a.data as { consent: string }).consent), ['photos']);
      const after = (await t.app.inject({ url: `/i/${anne}?notice=consentWithdrawn` })).body;
      assert.match(after, /Dit samtykke er trukket tilbage\./);
      assert.doesNotMatch(after, /value="photos"/, 'a withdrawn consent is no longer offered to withdraw');

      const given = await t.app.inject({ method: 'PATCH', url: `/api/v1/invitations/${anne}`, payload: { consents: { photos: true } } });
      assert.equal(given.statusCode, 409);
      assert.equal(given.json().code, 'invitation_closed');
      assert.equal((await post(anne, 'consents/withdraw', { kind: 'photos' })).statusCode, 303, 'withdrawing again changes nothing');
      assert.equal((await t.deps.db.stores.personalData.listConsents(anneId)).length, 2, 'nothing was given on the closed invitation');
      assert.equal((await t.deps.db.stores.invitations.find(anneId))?.consentPhotos, false);
    });

    it('lets a confirmed person of a cancelled summit withdraw their photo consent, and the no-photo list includes them at once', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om broer');
      const bjarne = tokens.get('bjarne@virksomhed.dk')!;
      assert.equal((await answer(bjarne, ['consentPhotos'], { action: 'accept' })).statusCode, 303);
      const forms = await coordinatorForms(t);
      const list = `/admin/summits/${summitId}/participants/lists/no-photo.csv`;
      assert.doesNotMatch((await forms.get(list)).body, /Bjarne Bak/);
      const cancelled = await api('POST', `/api/v1/summits/${summitId}/cancel`, { reason: 'Storm' });
      assert.equal(cancelled.statusCode, 200, cancelled.body);
      assert.doesNotMatch((await t.app.inject({ url: `/i/${bjarne}` })).body, /name="consentsShown"/, 'a cancelled summit takes no answers');

      assert.equal((await post(bjarne, 'consents/withdraw', { kind: 'photos' })).statusCode, 303);
      const [photos] = await t.deps.db.stores.personalData.listConsents(ids.get('bjarne@virksomhed.dk')!);
      assert.ok(photos!.withdrawnAt, 'the register shows it withdrawn');
      assert.match((await forms.get(list)).body, /Bjarne Bak/, 'the no-photo list follows at once');
    });

    it('refuses a consent without words in both languages, field by field, and adds nothing', async () => {
      const { summitId } = await summitWithPeople('Topmøde om skove');
      const forms = await coordinatorForms(t);
      const refused = await (await forms.open(`/admin/summits/${summitId}/consents`)).post(`/admin/summits/${summitId}/consents`, { labelDa: 'Jeg må fotograferes af pressen.', hintDa: '', labelEn: '  ', hintEn: '' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /href="#labelEn">Samtykket på engelsk/);
      assert.deepEqual(await t.deps.db.stores.consentKinds.list(summitId), []);
    });

    it('erases every consent of a person erased on request, and the kind\'s own words stay for the others', async () => {
      const { summitId, ids, tokens } = await summitWithPeople('Topmøde om vand');
      const forms = await coordinatorForms(t);
      await (await forms.open(`/admin/summits/${summitId}/consents`)).post(`/admin/summits/${summitId}/consents`, { labelDa: 'Jeg vil have nyhedsbrevet.', hintDa: '', labelEn: 'I want the newsletter.', hintEn: '' });
      const [own] = await t.deps.db.stores.consentKinds.list(summitId);
      const anneId = ids.get('anne@virksomhed.dk')!;
      await answer(tokens.get('anne@virksomhed.dk')!, ['consentContacts', 'consentPhotos', `consent-${own!.id}`], { action: 'accept' });
      assert.equal((await t.deps.db.stores.personalData.listConsents(anneId)).length, 3);
      const erased = await t.app.inject({ method: 'DELETE', url: `/api/v1/invitations/${anneId}`, headers: t.auth, payload: { reason: 'Anmodning om sletning' } });
      assert.equal(erased.statusCode, 204, erased.body);
      assert.deepEqual(await t.deps.db.stores.personalData.listConsents(anneId), []);
      assert.equal((await t.deps.db.stores.consentKinds.list(summitId)).length, 1);
    });
  });
}
