// The coordinator's outgoing mail in pages of 50, newest first: every message is on one page, the
// pages are plain links, and the warning counts the undelivered ones on every page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { SummitId } from '../../src/domain/ids.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const subjects = (body: string) => [...body.matchAll(/<td><a href="\/admin\/summits\/[^/]+\/outbox\/[^"]+">([^<]+)<\/a><\/td>/g)].map((m) => m[1]);

for (const kind of databaseKinds()) {
  describe(`the outgoing mail page (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    it('shows 50 messages a page, newest first, and counts the undelivered on every page', async () => {
      const summitId = (await buildSummit(t.deps)).summit.id as SummitId;
      const { outbox } = t.deps.db.stores;
      for (let k = 0; k < 60; k++) {
        const at = new Date(Date.UTC(2026, 1, 1, 8, k)).toISOString();
        await outbox.enqueue({ summitId, kind: 'invitation', toAddress: `p${k}@example.dk`, subject: `Besked ${String(k).padStart(2, '0')}`, bodyText: 'Hej' }, at);
      }
      // The oldest was given up: it is on the second page, and the first page still warns of it.
      const oldest = (await outbox.listForSummit(summitId, 100)).at(-1)!;
      await sql`update outbox_messages set status = 'failed', last_error = '550 No such mailbox' where id = ${oldest.id}`.execute(t.db.database.db);
      const forms = await coordinatorForms(t);
      const first = await forms.get(`/admin/summits/${summitId}/outbox`);
      assert.equal(first.statusCode, 200);
      assert.deepEqual(subjects(first.body), Array.from({ length: 50 }, (_, k) => `Besked ${String(59 - k).padStart(2, '0')}`));
      assert.match(first.body, /En e-mail blev afvist af mailserveren/);
      assert.match(first.body, /<nav class="pagination" aria-label="Sider med e-mails">/);
      assert.match(first.body, new RegExp(`<a href="/admin/summits/${summitId}/outbox\\?page=2" class="button button-arrow button-next" rel="next"`));
      const second = await forms.get(`/admin/summits/${summitId}/outbox?page=2`);
      assert.deepEqual(subjects(second.body), Array.from({ length: 10 }, (_, k) => `Besked ${String(9 - k).padStart(2, '0')}`));
      assert.match(second.body, /<strong>Ikke leveret<\/strong>/);
      assert.match(second.body, new RegExp(`<a href="/admin/summits/${summitId}/outbox" class="button button-arrow button-previous" rel="prev"`));
      const past = await forms.get(`/admin/summits/${summitId}/outbox?page=9`);
      assert.deepEqual(subjects(past.body), subjects(second.body), 'a page past the last shows the last');
      const bad = await forms.get(`/admin/summits/${summitId}/outbox?page=nonsense`);
      assert.deepEqual(subjects(bad.body), subjects(first.body), 'a bad page number shows the first');
    });
  });
}
