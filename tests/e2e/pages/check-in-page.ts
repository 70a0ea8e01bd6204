// The helper's check-in page on a phone, as a page object.
import type { Page } from 'playwright-core';

export class CheckInPhone {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    // The roster and counts come from the API once the page is up.
    await this.page.locator('#checkin-total').filter({ hasText: /af|of/ }).waitFor();
  }

  message() { return this.page.locator('#checkin-message'); }

  async search(name: string): Promise<void> {
    await this.page.locator('#checkin-search').fill(name);
  }

  checkInButton(name: string) { return this.page.getByRole('button', { name: `Tjek ${name} ind` }); }
  undoButton(name: string) { return this.page.getByRole('button', { name: `Fortryd indtjekning af ${name}` }); }

  /** Whether anything makes the page wider than the phone (sideways scrolling). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  }
}
