import type { Page } from 'playwright-core';
import { assertAccessible } from './app-fixture.ts';

/** Runs an action that loads a new page, waits for it, and checks the new page with axe. */
export async function navigate(page: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  await assertAccessible(page);
}

export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await assertAccessible(page);
}
