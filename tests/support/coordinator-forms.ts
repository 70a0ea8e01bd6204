// A logged-in coordinator's form round trips without a browser: open a page, then post one of its
// forms with the page's CSRF token and cookies, as the browser would.
import assert from 'node:assert/strict';
import { logIn } from '../../src/use-cases/manage-coordinators.ts';
import type { TestApp } from './test-app.ts';

export async function coordinatorForms(t: TestApp) {
  const session = (await logIn(t.deps, 'koordinator@example.dk', 'a-long-password-1')).sessionToken;
  const get = (url: string) => t.app.inject({ url, cookies: { samskab_session: session } });
  return {
    get,
    /** Opens the page at `url` (which must answer 200) and gives a post() that carries its CSRF token. */
    async open(url: string) {
      const page = await get(url);
      assert.equal(page.statusCode, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
      const cookies = { samskab_session: session, ...Object.fromEntries(page.cookies.map((c) => [c.name, c.value])) };
      return {
        page,
        /** Posts `fields` (pairs when a field repeats, as checkboxes of one name do). */
        post: (path: string, fields: Record<string, string> | [string, string][]) => t.app.inject({
          method: 'POST', url: path, cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams([['_csrf', csrf], ...(Array.isArray(fields) ? fields : Object.entries(fields))]).toString(),
        }),
      };
    },
  };
}
