import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { navigate, visit } from '../support/navigation.ts';

/** The coordinator's pages of one summit, as a coordinator uses them (Danish labels). */
export class AdminPages {
  constructor(private readonly page: Page) {}

  async openSummits(): Promise<void> {
    await visit(this.page, '/admin');
  }

  async createSummit(title: string, capacity: number): Promise<string> {
    await this.openSummits();
    await this.page.getByLabel('Titel', { exact: true }).fill(title);
    await this.page.getByLabel('Kapacitet', { exact: true }).fill(String(capacity));
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Opret topmøde' }).click());
    const id = /\/admin\/summits\/([^/?]+)/.exec(this.page.url())?.[1];
    assert.ok(id, `landed on the summit's page, not ${this.page.url()}`);
    return id;
  }

  async open(summitId: string, section: '' | 'groups' | 'areas' | 'organisations' | 'programme' = ''): Promise<void> {
    await visit(this.page, `/admin/summits/${summitId}${section ? `/${section}` : ''}`);
  }

  async addGroup(name: string, quota: number | string, options: { facilitators?: boolean } = {}): Promise<void> {
    await this.page.getByLabel('Navn', { exact: true }).fill(name);
    await this.page.getByLabel('Kvote', { exact: true }).fill(String(quota));
    if (options.facilitators) await this.page.getByLabel('Gruppen er bordfacilitatorer', { exact: true }).check();
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Tilføj deltagergruppe' }).click());
  }

  async addArea(name: string, population: number): Promise<void> {
    await this.page.getByLabel('Navn', { exact: true }).fill(name);
    await this.page.getByLabel('Indbyggere', { exact: true }).fill(String(population));
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Tilføj lokalområde' }).click());
  }

  async addOrganisation(spec: { name: string; kind: string; group: string; area?: string; quota: number; email?: string }): Promise<void> {
    await this.page.getByLabel('Navn', { exact: true }).fill(spec.name);
    await this.page.getByLabel('Type', { exact: true }).selectOption({ label: spec.kind });
    const group = this.page.getByLabel('Deltagergruppe', { exact: true });
    const option = await group.locator('option', { hasText: spec.group }).first().getAttribute('value');
    await group.selectOption(option!);
    if (spec.area) await this.page.getByLabel('Lokalområde', { exact: true }).selectOption({ label: spec.area });
    await this.page.getByLabel('Kvote', { exact: true }).fill(String(spec.quota));
    if (spec.email) await this.page.getByLabel('Kontaktens e-mail', { exact: true }).fill(spec.email);
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Tilføj organisation' }).click());
  }

  async openApportionment(groupName: string): Promise<void> {
    await navigate(this.page, () => this.page.getByRole('link', { name: new RegExp(`^Fordel pladser på lokalområder\\s*\\(${groupName}\\)$`) }).click());
  }

  async previewApportionment(methodLabel: string, minimum: number): Promise<void> {
    await this.page.getByLabel('Fordelingsmetode', { exact: true }).selectOption({ label: methodLabel });
    await this.page.getByLabel('Mindst antal pladser pr. område', { exact: true }).fill(String(minimum));
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Vis forslag' }).click());
  }

  /** The proposal table as rows of cell texts: area, population, exact share, proposed, current. */
  async proposalRows(): Promise<string[][]> {
    return this.page.locator('#proposal-heading ~ form table tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).slice(0, 5).map((cell) => (cell.textContent ?? '').trim())));
  }

  async acceptApportionment(): Promise<void> {
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Godkend forslaget' }).click());
  }

  async addProgrammeItem(spec: { title: string; startsAt?: string; speaker?: string }): Promise<void> {
    await this.page.getByLabel('Titel', { exact: true }).fill(spec.title);
    if (spec.startsAt) await this.page.getByLabel('Starttid', { exact: true }).fill(spec.startsAt);
    if (spec.speaker) await this.page.getByLabel('Oplægsholderens navn', { exact: true }).fill(spec.speaker);
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Tilføj programpunkt' }).click());
  }

  async setDates(startsAt: string, endsAt: string): Promise<void> {
    await this.page.getByLabel('Starttidspunkt', { exact: true }).fill(startsAt);
    await this.page.getByLabel('Sluttidspunkt', { exact: true }).fill(endsAt);
    await navigate(this.page, () => this.page.getByRole('button', { name: 'Gem oplysninger' }).click());
  }

  async changeStatus(toLabel: string, reason?: string): Promise<void> {
    if (reason !== undefined) await this.page.getByLabel(`Begrundelse for »${toLabel}«`, { exact: true }).fill(reason);
    await navigate(this.page, () => this.page.getByRole('button', { name: `Skift til »${toLabel}«` }).click());
  }

  async currentStatus(): Promise<string> {
    return ((await this.page.locator('#status-heading ~ p strong.samskab-status').textContent()) ?? '').trim();
  }

  errorSummary() { return this.page.locator('#error-summary'); }
  successNotice() { return this.page.locator('.alert-success'); }
  tableRows(caption: string) {
    return this.page.locator('table', { has: this.page.locator('caption', { hasText: caption }) }).locator('tbody tr');
  }
}
