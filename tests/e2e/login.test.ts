// Logging in and out as a coordinator.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatorLogin, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { LoginPage } from './pages/login-page.ts';
import { visit } from './support/navigation.ts';

describe('coordinator login', () => {
  let app: E2eApp;
  before(async () => { app = await startE2eApp(); });
  after(async () => { await app?.close(); });

  it('refuses a wrong password with a Danish error and opens no session', async () => {
    const { context, page } = await app.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.logIn(coordinatorLogin.email, 'forkert-kodeord');
    assert.match(await login.errorSummary().innerText(), /E-mail eller adgangskode er forkert\./);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    assert.ok(!(await context.cookies()).some((c) => c.name === 'samskab_session'));
    await visit(page, '/admin');
    assert.equal(new URL(page.url()).pathname, '/login');
    await context.close();
  });

  it('lands on /admin with the right password, and logging out ends the session', async () => {
    const { context, page } = await app.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
    assert.equal(new URL(page.url()).pathname, '/admin');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Topmøder');
    const session = (await context.cookies()).find((c) => c.name === 'samskab_session');
    assert.ok(session?.httpOnly, 'the session cookie is httpOnly');

    await login.logOut();
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.match(await page.locator('main').innerText(), /Du er logget af\./);
    assert.ok(!(await context.cookies()).some((c) => c.name === 'samskab_session'));
    // The old token is dead on the server too, not only forgotten by the browser.
    await context.addCookies([{ ...session, expires: -1 }]);
    await visit(page, '/admin');
    assert.equal(new URL(page.url()).pathname, '/login');
    await context.close();
  });
});
