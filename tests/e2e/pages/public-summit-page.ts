import type { Page } from 'playwright-core';
import { navigate, visit } from '../support/navigation.ts';

/** The public page of a summit, as a citizen reads it. */
export class PublicSummitPage {
  constructor(private readonly page: Page) {}

  async open(slug: string): Promise<void> {
    await visit(this.page, `/topmoede/${slug}`);
  }

  heading() { return this.page.getByRole('heading', { level: 1 }); }
  status() { return this.page.locator('.samskab-facts .samskab-status'); }
  groupsTable() { return this.page.locator('#participants-heading ~ * table').first(); }
  forumsTable() { return this.page.locator('#take-part-heading ~ * table').first(); }
  colophon() { return this.page.locator('.samskab-colophon'); }
  main() { return this.page.locator('main'); }

  async switchLanguage(label: 'English' | 'Dansk'): Promise<void> {
    await navigate(this.page, () => this.page.getByRole('link', { name: label }).click());
  }
}
