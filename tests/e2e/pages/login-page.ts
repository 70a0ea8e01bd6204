import type { Page } from 'playwright-core';
import { navigate, visit } from '../support/navigation.ts';

/** The coordinator's login page. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await visit(this.page, '/login');
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('E-mail', { exact: true }).fill(email);
    await this.page.getByLabel('Adgangskode', { exact: true }).fill(password);
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Log ind' }).click());
  }

  async logOut(): Promise<void> {
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Log af' }).click());
  }

  errorSummary() {
    return this.page.locator('#error-summary');
  }
}
