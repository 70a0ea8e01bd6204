// Starts the real app on a free port over a fresh SQLite database with the demo summit and one
// coordinator, and one Chromium for the spec file. Every spec file gets its own app and browser,
// so no spec depends on another having run.
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { composeApp } from '../../../src/composition.ts';
import type { Deps } from '../../../src/ports.ts';
import type { Summit } from '../../../src/domain/summit.ts';
import { createCoordinator } from '../../../src/use-cases/manage-coordinators.ts';
import { seedDemoSummit } from '../../../src/use-cases/summit/seed-demo-summit.ts';
import { systemClock } from '../../../src/system/system-clock.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../../support/test-database.ts';
import { systemAccess } from '../../support/access.ts';

export const coordinatorLogin = { email: 'koordinator@example.dk', password: 'et-langt-kodeord-1' };

export interface E2eApp {
  baseUrl: string;
  deps: Deps;
  demo: Summit;
  browser: Browser;
  /** A fresh browser context (own cookies, or those of `options.storageState`) with one page. */
  newPage(options?: Pick<BrowserContextOptions, 'storageState'>): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** npm test passes the Chromium it checked (scripts/test-environment.mjs); Debian's otherwise. */
const chromiumPath = process.env.SAMSKAB_CHROMIUM || '/usr/bin/chromium';

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // A browser that cannot start fails the suite within a minute instead of hanging it.
    timeout: 60_000,
  });
}

export async function startE2eApp(): Promise<E2eApp> {
  const db: TestDatabase = await createTestDatabase('sqlite');
  // The real clock: sessions and "last updated" are judged against the browser's time.
  const deps = testDeps(db.database, systemClock, 'http://127.0.0.1');
  const app: FastifyInstance = await composeApp(deps, { secureCookies: false });
  const { summit: demo } = await seedDemoSummit(deps);
  await createCoordinator(deps, { ...coordinatorLogin, name: 'Kim Koordinator' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    // A listening server would keep the test file's process alive after its tests have failed.
    await app.close();
    await db.destroy();
    throw error;
  }
  return {
    baseUrl, deps, demo, browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ ...options, baseURL: baseUrl, locale: 'da-DK' });
      // Generous: the machine may be busy, and a slow page is not a failing one.
      context.setDefaultTimeout(20_000);
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      await app.close();
      await db.destroy();
    },
  };
}

/** Every page must pass axe with no violations at all (WCAG 2.1 AA and best practices). */
export async function assertAccessible(page: Page): Promise<void> {
  // Only violations are reported in detail: the passes are not needed and cost most of the time.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  assert.deepEqual(violations, [], `axe violations on ${page.url()}`);
}

/** Logs the demo coordinator in once; new browser contexts start from the returned state, logged in. */
export async function coordinatorSessionOf(app: E2eApp): Promise<BrowserContextOptions['storageState']> {
  const { LoginPage } = await import('../pages/login-page.ts');
  const { context, page } = await app.newPage();
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** An app with a coordinator logged in, the admin page object, and a quick way to make a summit. */
export async function startAdminSession() {
  const { AdminPages } = await import('../pages/admin-pages.ts');
  const { LoginPage } = await import('../pages/login-page.ts');
  const { createSummit } = await import('../../../src/use-cases/summit/save-summit.ts');
  const { createGroup } = await import('../../../src/use-cases/summit/save-group.ts');
  const app = await startE2eApp();
  const { page } = await app.newPage();
  const admin = new AdminPages(page);
  const login = new LoginPage(page);
  await login.open();
  await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
  const summitWithGroup = async (title: string, capacity: number, group?: { name: string; quota: number }) => {
    const summit = await createSummit(app.deps, systemAccess, { title, capacity });
    if (group) await createGroup(app.deps, systemAccess, summit.id, group);
    return summit.id;
  };
  return { app, page, admin, summitWithGroup };
}
