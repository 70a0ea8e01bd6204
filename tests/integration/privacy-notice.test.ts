// Each summit's privacy notice is written from the summit and the municipality's details as data
// controller, on both databases: it states the summit's own retention, names the controller and
// its data protection officer and the right to complain to Datatilsynet; a change of the
// municipality's details shows in every summit's notice; bad input is refused field by field and
// changes nothing; while details are missing, the notice names them and the coordinator is warned.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { participantTokens } from '../support/registration.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import type { SummitId } from '../../src/domain/ids.ts';

const holbaek = {
  municipality: 'Holbæk Kommune', address: 'Kanalstræde 2\n4300 Holbæk', cvr: '29 18 97 81', email: 'holbaek@holb.dk', phone: '72 36 36 36',
  dpoName: 'Databeskyttelsesrådgiveren', dpoEmail: 'dpo@holb.dk', dpoPhone: '72 36 40 00', recipients: 'Driftsfirma A/S (hosting)\nPostfirma ApS (e-mail)',
};

for (const kind of databaseKinds()) {
  describe(`the privacy notice per summit (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => t.app.inject({ method, url, headers: t.auth, ...(payload ? { payload } : {}) });
    const notice = async (slug: string, lang = 'da') => {
      const page = await t.app.inject({ url: `/topmoede/${slug}/privatliv?lang=${lang}` });
      assert.equal(page.statusCode, 200, page.body);
      return page.body;
    };

    async function publishedSummit(title: string, retentionDays: number) {
      const summit = (await api('POST', '/api/v1/summits', { title, capacity: 20, startsAt: '2027-03-11T08:00:00.000Z' })).json();
      assert.equal((await api('PATCH', `/api/v1/summits/${summit.id}`, { retentionDays })).statusCode, 200);
      assert.equal((await api('POST', `/api/v1/summits/${summit.id}/status`, { status: 'published' })).statusCode, 200);
      return { id: summit.id as SummitId, slug: summit.slug as string };
    }

    it('names the missing municipality details instead of inventing them, and warns the coordinator', async () => {
      const summit = await publishedSummit('Topmøde om lokal udvikling', 90);
      const body = await notice(summit.slug);
      assert.match(body, /id="privacy-missing"/);
      assert.match(body, /Kommunens navn, Adresse, CVR-nummer, Kommunens e-mail, Rådgiverens e-mail/);
      assert.ok(!body.includes('Holbæk Kommune</dd>'));
      const forms = await coordinatorForms(t);
      const overview = await forms.get(`/admin/summits/${summit.id}`);
      assert.match(overview.body, /id="privacy-details-warning"/);
    });

    it("shows the summit's retention days, the controller, the DPO and the complaint to Datatilsynet", async () => {
      const forms = await coordinatorForms(t);
      const settings = await forms.open('/admin/privatliv');
      const saved = await settings.post('/admin/privatliv', holbaek);
      assert.equal(saved.statusCode, 303, saved.body);
      const summit = await publishedSummit('Topmøde om trafik', 45);
      const body = await notice(summit.slug);
      assert.ok(!body.includes('id="privacy-missing"'));
      assert.match(body, /slettes 45 dage efter/);
      assert.match(body, /Holbæk Kommune/);
      assert.match(body, /Kanalstræde 2<br\/>4300 Holbæk/);
      assert.match(body, /29189781/, 'the CVR is stored without the spaces typed in it');
      assert.match(body, /mailto:dpo@holb\.dk/);
      assert.match(body, /artikel 6, stk\. 1, litra e/);
      assert.match(body, /artikel 6, stk\. 1, litra a/);
      assert.match(body, /Postfirma ApS \(e-mail\)/);
      assert.match(body, /Klage til Datatilsynet/);
      assert.match(body, /Carl Jacobsens Vej 35/);
      assert.match(body, /www\.datatilsynet\.dk/);
      const english = await notice(summit.slug, 'en');
      assert.match(english, /deleted 45 days after/);
      assert.match(english, /article 6\(1\)\(e\)/);
      assert.match(english, /Complaint to Datatilsynet/);
      const overview = await forms.get(`/admin/summits/${summit.id}`);
      assert.ok(!overview.body.includes('id="privacy-details-warning"'));
    });

    it("shows a change of the municipality's details in every summit's notice", async () => {
      const first = await publishedSummit('Topmøde om skoler', 30);
      const second = await publishedSummit('Topmøde om natur', 120);
      const forms = await coordinatorForms(t);
      const settings = await forms.open('/admin/privatliv');
      assert.equal((await settings.post('/admin/privatliv', { ...holbaek, dpoEmail: 'ny-dpo@holb.dk', dpoName: 'Ida Rådgiver' })).statusCode, 303);
      for (const [summit, days] of [[first, 30], [second, 120]] as const) {
        const body = await notice(summit.slug);
        assert.match(body, /ny-dpo@holb\.dk/);
        assert.match(body, /Ida Rådgiver/);
        assert.ok(!body.includes('mailto:dpo@holb.dk'));
        assert.match(body, new RegExp(`slettes ${days} dage efter`));
      }
    });

    it('names the installation\'s data controller on /privatliv and links each public summit\'s notice, but no draft\'s', async () => {
      const forms = await coordinatorForms(t);
      const settings = await forms.open('/admin/privatliv');
      assert.equal((await settings.post('/admin/privatliv', holbaek)).statusCode, 303);
      const shown = await publishedSummit('Topmøde om havnen', 30);
      const draft = (await api('POST', '/api/v1/summits', { title: 'Topmøde i skuffen', capacity: 20 })).json();
      const page = await t.app.inject({ url: '/privatliv' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Holbæk Kommune bruger Samskab/);
      assert.match(page.body, /Kanalstræde 2<br\/>4300 Holbæk/);
      assert.match(page.body, /29189781/);
      assert.match(page.body, /mailto:dpo@holb\.dk/);
      assert.match(page.body, /Klage til Datatilsynet/);
      assert.ok(page.body.includes(`<a href="/topmoede/${shown.slug}/privatliv">Privatlivspolitik: Topmøde om havnen</a>`), 'the public summit\'s notice is linked');
      assert.ok(!page.body.includes(`/topmoede/${draft.slug}/privatliv`), 'a draft is not public, nor is its notice');
      assert.ok(!page.body.includes('id="privacy-missing"'));
      const english = await t.app.inject({ url: '/privatliv?lang=en' });
      assert.match(english.body, /Holbæk Kommune uses Samskab/);
      assert.match(english.body, /Privacy notice: Topmøde om havnen/);
    });

    it('refuses bad input field by field in Danish and changes nothing', async () => {
      const before = await t.deps.db.stores.dataController.find();
      const forms = await coordinatorForms(t);
      const settings = await forms.open('/admin/privatliv');
      const refused = await settings.post('/admin/privatliv', { ...holbaek, municipality: '  ', cvr: '1234', email: 'ikke-en-adresse', dpoPhone: 'ring til os' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /id="error-summary"/);
      assert.match(refused.body, /href="#municipality">Kommunens navn: Feltet skal udfyldes\./);
      assert.match(refused.body, /href="#cvr">CVR-nummer: Skriv et CVR-nummer med otte cifre/);
      assert.match(refused.body, /href="#email">Kommunens e-mail: Skriv en gyldig e-mailadresse/);
      assert.match(refused.body, /href="#dpoPhone">Rådgiverens telefon: Skriv et telefonnummer/);
      assert.match(refused.body, /value="ikke-en-adresse"/, 'what was typed is kept');
      assert.deepEqual(await t.deps.db.stores.dataController.find(), before);
    });

    it('links the notice where people give data: the public page, the participant page and the recruiter page', async () => {
      const summit = await publishedSummit('Topmøde om kultur', 60);
      const group = (await api('POST', `/api/v1/summits/${summit.id}/groups`, { name: 'Borgere', quota: 5 })).json();
      const area = (await api('POST', `/api/v1/summits/${summit.id}/areas`, { name: 'Jyderup', population: 4000 })).json();
      const forum = (await api('POST', `/api/v1/summits/${summit.id}/organisations`, { name: 'Jyderup Lokalforum', kind: 'local_forum', groupId: group.id, areaId: area.id, quota: 2, contactEmail: 'forum@jyderup.dk' })).json();
      const link = await api('POST', `/api/v1/organisations/${forum.id}/recruiter-link`);
      assert.equal(link.statusCode, 201, link.body);
      const recruiterToken = new URL(link.json().url).pathname.split('/').pop()!;
      const recruiter = await t.app.inject({ url: `/r/${recruiterToken}` });
      assert.ok(recruiter.body.includes(`href="/r/${recruiterToken}/privatliv"`));
      assert.match((await t.app.inject({ url: `/r/${recruiterToken}/privatliv` })).body, /slettes 60 dage efter/);
      await api('POST', `/api/v1/summits/${summit.id}/invitations`, { name: 'Karen Lund', email: 'karen.lund@post.dk', groupId: group.id });
      const publicPage = await t.app.inject({ url: `/topmoede/${summit.slug}` });
      assert.ok(publicPage.body.includes(`href="/topmoede/${summit.slug}/privatliv"`));
      const token = (await participantTokens(t.deps, summit.id)).get('karen.lund@post.dk')!;
      const participant = await t.app.inject({ url: `/i/${token}` });
      assert.ok(participant.body.includes(`href="/i/${token}/privatliv"`));
      const participantNotice = await t.app.inject({ url: `/i/${token}/privatliv` });
      assert.equal(participantNotice.statusCode, 200);
      assert.match(participantNotice.body, /slettes 60 dage efter/);
      assert.equal((await t.app.inject({ url: `/topmoede/ukendt-topmoede/privatliv` })).statusCode, 404);
    });

    it("ends every mail about a public summit with its notice's address, and a draft's with none", async () => {
      const summit = await publishedSummit('Topmøde om idræt', 60);
      const group = (await api('POST', `/api/v1/summits/${summit.id}/groups`, { name: 'Borgere', quota: 5 })).json();
      await api('POST', `/api/v1/summits/${summit.id}/invitations`, { name: 'Jens Holm', email: 'jens.holm@post.dk', groupId: group.id });
      const [invitation] = (await t.deps.db.stores.outbox.listForSummit(summit.id, 10)).filter((m) => m.toAddress === 'jens.holm@post.dk');
      assert.match(invitation!.bodyText, new RegExp(`Sådan behandler kommunen dine oplysninger: http://samskab\\.test/topmoede/${summit.slug}/privatliv$`));
      const draft = (await api('POST', '/api/v1/summits', { title: 'Topmøde i kladde', capacity: 20 })).json();
      const draftGroup = (await api('POST', `/api/v1/summits/${draft.id}/groups`, { name: 'Borgere', quota: 5 })).json();
      await api('POST', `/api/v1/summits/${draft.id}/invitations`, { name: 'Lis Berg', email: 'lis.berg@post.dk', groupId: draftGroup.id });
      const drafted = await t.deps.db.stores.outbox.listForSummit(draft.id, 10);
      assert.ok(drafted.length > 0, 'the draft\'s invitation was mailed');
      for (const message of drafted) assert.doesNotMatch(message.bodyText, /privatliv/);
    });
  });
}
