// The recruitment page's list of everyone invited, in pages, by keyboard: Tab reaches the page
// links and the search, Enter follows them, the address keeps the search; axe finds nothing at
// 1280 and at 375 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GroupId, SummitId } from '../../src/domain/ids.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, startAdminSession } from './support/app-fixture.ts';
import { tabTo } from './support/keyboard.ts';

describe('the recruitment page in pages', () => {
  let session: Awaited<ReturnType<typeof startAdminSession>>;
  let summitId: string;
  before(async () => {
    session = await startAdminSession();
    summitId = await session.summitWithGroup('Sidetopmøde', 100, { name: 'Borgere', quota: 100 });
    const groupId = (await session.app.deps.db.stores.groups.list(summitId as SummitId))[0]!.id as GroupId;
    for (let i = 0; i < 60; i++) {
      await buildInvitation(session.app.deps, { summitId: summitId as SummitId, groupId, status: 'confirmed', name: `Person ${String(i).padStart(2, '0')}`, email: `person${i}@example.dk` });
    }
  });
  after(async () => { await session?.app.close(); });

  it('goes to the next page and searches with the keyboard alone, at 1280 and 375 px', async () => {
    const { page } = session;
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/admin/summits/${summitId}/recruitment`);
      await assertAccessible(page);
      assert.equal(await page.locator('nav.pagination [aria-current="page"]').innerText(), '1');

      await tabTo(page, (f) => f.tag === 'a' && f.text.endsWith('›'), { max: 150 });
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(page.url(), /[?&]page=2#invitations$/);
      assert.equal(await page.locator('nav.pagination [aria-current="page"]').innerText(), '2');
      assert.match(await page.locator('#invitations ~ p[role="status"]').first().innerText(), /60 personer/);
      await assertAccessible(page);

      await page.locator('#invitations-q').focus();
      await page.keyboard.type('person7@');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(page.url(), /[?&]q=person7%40/);
      assert.match(await page.locator('#invitations ~ p[role="status"]').first().innerText(), /1 person af 60/);
      assert.equal(await page.getByRole('cell', { name: 'Person 07', exact: true }).count(), 1);
      assert.equal(await page.locator('nav.pagination').count(), 0, 'one page needs no page links');
      await assertAccessible(page);
    }
  });
});
