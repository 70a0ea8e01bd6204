// A whole flow by keyboard only (Tab, Shift+Tab, Enter, Space; no mouse): log in and add a
// stakeholder group, with visible focus on every stop and the error summary taking the focus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createSummit } from '../../src/use-cases/summit/save-summit.ts';
import { coordinatorLogin, startE2eApp, assertAccessible, type E2eApp } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { systemAccess } from '../support/access.ts';

async function pressAndLoad(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await assertAccessible(page);
}

describe('keyboard only', () => {
  let app: E2eApp;
  before(async () => { app = await startE2eApp(); });
  after(async () => { await app?.close(); });

  it('logs in and adds a stakeholder group without a mouse', async () => {
    const summit = await createSummit(app.deps, systemAccess, { title: 'Tastaturtopmøde', capacity: 20 });
    const { page } = await app.newPage();
    await page.goto('/login');
    await assertAccessible(page);

    const first = await tabTo(page, () => true);
    assert.equal(first.text, 'Gå til sidens indhold', 'the first stop is the skip link');
    await tabTo(page, (f) => f.id === 'email');
    await page.keyboard.type(coordinatorLogin.email);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'password');
    await page.keyboard.type(coordinatorLogin.password);
    await pressAndLoad(page, 'Enter');
    assert.equal(new URL(page.url()).pathname, '/admin');

    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Tastaturtopmøde');
    await pressAndLoad(page, 'Enter');
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Deltagergrupper');
    await pressAndLoad(page, 'Enter');
    assert.equal(new URL(page.url()).pathname, `/admin/summits/${summit.id}/groups`);

    // An empty form first: the error summary takes the focus.
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Tilføj deltagergruppe');
    await pressAndLoad(page, 'Enter');
    assert.equal((await focused(page)).id, 'error-summary');

    await tabTo(page, (f) => f.id === 'name');
    await page.keyboard.type('Naboer');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'quota');
    await page.keyboard.type('12');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).id, 'name', 'Shift+Tab goes back');
    await tabTo(page, (f) => f.id === 'facilitators');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#facilitators').isChecked(), true);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Tilføj deltagergruppe');
    await pressAndLoad(page, 'Enter');

    assert.match(await page.locator('.alert-success').innerText(), /Ændringerne er gemt/);
    const groups = await app.deps.db.stores.groups.list(summit.id);
    assert.deepEqual(groups.map((g) => [g.name, g.quota, g.isFacilitators]), [['Naboer', 12, true]]);
  });
});
