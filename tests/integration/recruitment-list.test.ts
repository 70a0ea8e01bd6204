// The recruitment page's list of everyone invited, in pages of 50: the order stays the order the
// invitations were made in, and the search, the filters and the page live in the address, so every
// page link keeps them and a bookmark opens the same view.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InvitationStatus } from '../../src/domain/invitation.ts';
import { pageInvitations } from '../../src/domain/invitation-list.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** The names in the list of everyone invited, in the order shown. */
const namesIn = (body: string) => {
  const list = body.slice(body.indexOf('id="invitations"'));
  return [...list.matchAll(/<tr><td>([^<]+)<\/td><td>[^<]*@[^<]*<\/td>/g)].map((m) => m[1]!);
};
const pageLinks = (body: string) => [...body.matchAll(/<a href="([^"]+)" class="button[^"]*"[^>]*aria-label="(?:Sidste side, )?[Ss]ide (\d+)"/g)].map((m) => [Number(m[2]), m[1]!.replace(/&amp;/g, '&')] as const);

const statuses: InvitationStatus[] = ['confirmed', 'pending', 'declined'];

for (const kind of databaseKinds()) {
  describe(`the recruitment page's list of everyone invited (${kind})`, () => {
    let t: TestApp;
    let summitId: string;
    let groups: { id: string }[];
    let inOrder: string[];
    before(async () => {
      t = await createTestApp(kind);
      const built = await buildSummit(t.deps, { capacity: 400, groups: [{ name: 'Borgere', quota: 200 }, { name: 'Erhverv', quota: 200 }] });
      summitId = built.summit.id;
      groups = built.groups;
      for (let i = 0; i < 120; i++) {
        await buildInvitation(t.deps, { summitId: built.summit.id, groupId: built.groups[i % 4 === 0 ? 1 : 0]!.id, status: statuses[i % 3]!, name: `Person ${String(i).padStart(3, '0')}`, email: `person${i}@example.dk` });
      }
      await buildInvitation(t.deps, { summitId: built.summit.id, groupId: built.groups[0]!.id, status: 'confirmed', name: 'Søren Ærø', email: 'soeren@example.dk' });
      inOrder = (await t.deps.db.stores.invitations.listBySummit(built.summit.id)).map((i) => i.name);
    });
    after(async () => t.close());

    it('shows the first 50 in the order the invitations were made, and says how many there are', async () => {
      const forms = await coordinatorForms(t);
      const page = await forms.get(`/admin/summits/${summitId}/recruitment`);
      assert.equal(page.statusCode, 200);
      assert.deepEqual(namesIn(page.body), inOrder.slice(0, 50));
      assert.match(page.body, /121 personer/);
      assert.match(page.body, /<nav class="pagination" aria-label="Sider med inviterede">/);
      assert.match(page.body, /aria-current="page">1</);
      assert.doesNotMatch(page.body, /rel="prev"/, 'the first page has no previous page');
    });

    it('pages on to the last page, and a page past the end shows the last', async () => {
      const forms = await coordinatorForms(t);
      const third = await forms.get(`/admin/summits/${summitId}/recruitment?page=3`);
      assert.deepEqual(namesIn(third.body), inOrder.slice(100));
      assert.match(third.body, /aria-current="page">3</);
      assert.doesNotMatch(third.body, /rel="next"/);
      assert.match(third.body, /rel="prev"/);
      const beyond = await forms.get(`/admin/summits/${summitId}/recruitment?page=99`);
      assert.deepEqual(namesIn(beyond.body), inOrder.slice(100));
      const nonsense = await forms.get(`/admin/summits/${summitId}/recruitment?page=abc`);
      assert.deepEqual(namesIn(nonsense.body), inOrder.slice(0, 50), 'a bad page number falls away');
    });

    it('searches names and addresses whatever the case, Danish letters included', async () => {
      const forms = await coordinatorForms(t);
      assert.deepEqual(namesIn((await forms.get(`/admin/summits/${summitId}/recruitment?q=${encodeURIComponent('SØREN ærø')}`)).body), ['Søren Ærø']);
      assert.deepEqual(namesIn((await forms.get(`/admin/summits/${summitId}/recruitment?q=person7%40`)).body), ['Person 007']);
      const none = await forms.get(`/admin/summits/${summitId}/recruitment?q=nobody-here`);
      assert.deepEqual(namesIn(none.body), []);
      assert.match(none.body, /Ingen inviterede passer til søgningen/);
      assert.match(none.body, /0 personer af 121/);
    });

    it('filters by status and group and keeps search and filters in every page link', async () => {
      const forms = await coordinatorForms(t);
      const declined = await forms.get(`/admin/summits/${summitId}/recruitment?status=declined`);
      const expected = (await t.deps.db.stores.invitations.listBySummit(summitId)).filter((i) => i.status === 'declined').map((i) => i.name);
      assert.deepEqual(namesIn(declined.body), expected);
      assert.match(declined.body, /<option value="declined" selected>/);

      const url = `/admin/summits/${summitId}/recruitment?q=person&group=${groups[0]!.id}`;
      const first = await forms.get(url);
      const inGroup = (await t.deps.db.stores.invitations.listBySummit(summitId)).filter((i) => i.groupId === groups[0]!.id && i.name.startsWith('Person')).map((i) => i.name);
      assert.equal(inGroup.length, 90);
      assert.deepEqual(namesIn(first.body), inGroup.slice(0, 50));
      const links = pageLinks(first.body);
      assert.deepEqual(links.map(([n]) => n), [1, 2]);
      const second = links.find(([n]) => n === 2)![1];
      assert.equal(second, `/admin/summits/${summitId}/recruitment?q=person&group=${groups[0]!.id}&page=2#invitations`);
      assert.deepEqual(namesIn((await forms.get(second)).body), inGroup.slice(50));
    });

    it('searches in the database as the in-memory list searches, page by page, where the database folds Danish text', async () => {
      const stores = t.deps.db.stores;
      const own = await buildSummit(t.deps, { capacity: 100, groups: [{ name: 'Borgere', quota: 50 }, { name: 'Erhverv', quota: 50 }] });
      // Decomposed accents (a + U+0301) match a search typed precomposed, as NFC makes them one.
      const names = ['Ra\u0301d Holm', 'Rád Berg', 'ÆBLE Mand', 'Søren Ærø', 'Person 010', 'Person 011', 'Ib Ørsted'];
      for (let k = 0; k < 42; k++) {
        await buildInvitation(t.deps, { summitId: own.summit.id, groupId: own.groups[k % 2]!.id, status: statuses[k % 3]!, name: names[k % names.length]!, email: `p${k}@Eksempel.dk` });
      }
      const searches = ['rád', 'RÁD holm', 'æble', 'søren ÆRØ', 'person 01', 'eksempel.dk p1', 'nobody-here', 'ø'];
      const filters = [{}, { status: 'confirmed' as const }, { groupId: own.groups[1]!.id }, { groupId: own.groups[0]!.id, status: 'declined' as const }];
      for (const search of searches) for (const filter of filters) for (const page of [undefined, 2, 99]) {
        const found = await stores.invitations.searchPage(own.summit.id, filter, search, page, 5);
        if (kind === 'sqlite') { assert.equal(found, undefined, 'SQLite leaves the search to the application'); return; }
        const expected = pageInvitations(await stores.invitations.listRows(own.summit.id, filter), { search, page, pageSize: 5 });
        assert.deepEqual(found, expected, JSON.stringify({ search, filter, page }));
      }
    });

    it('takes a bad status or an unknown group as no match rather than an error', async () => {
      const forms = await coordinatorForms(t);
      const badStatus = await forms.get(`/admin/summits/${summitId}/recruitment?status=nonsense&q=s%C3%B8ren`);
      assert.equal(badStatus.statusCode, 200);
      assert.deepEqual(namesIn(badStatus.body), ['Søren Ærø'], 'the bad filter falls away, the search applies');
      const unknownGroup = await forms.get(`/admin/summits/${summitId}/recruitment?group=unknown`);
      assert.equal(unknownGroup.statusCode, 200);
      assert.deepEqual(namesIn(unknownGroup.body), []);
    });
  });
}
