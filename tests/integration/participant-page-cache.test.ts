// A participant's page is kept rendered per link and per stamp of what it shows, read in one
// statement: the summit's version (raised by the database), the invitation's row and a tally of the
// person's messages and consents. Every change below is made beside the server (through the use
// cases on the same database, as another server would), so only the stamp can tell the server's
// memory that the page changed. Each test runs on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { GroupId, SummitId } from '../../src/domain/ids.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { acceptInvitation, updateAnswerDetails } from '../../src/use-cases/registration/accept-invitation.ts';
import { withdrawConsents } from '../../src/use-cases/registration/withdraw-consents.ts';
import { addConsentKind } from '../../src/use-cases/personal-data/manage-consent-kinds.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { systemAccess } from '../support/access.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';
import { eventually, runAsAnotherProgram } from '../support/postgres-admin.ts';

for (const kind of databaseKinds()) {
  describe(`participant page cache (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    const person = async (status: 'pending' | 'confirmed' = 'pending') => {
      const { summit } = await seedDemoSummit(t.deps);
      const groups = await t.deps.db.stores.groups.list(summit.id);
      const built = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id as GroupId, status, name: 'Karen Kofoed' });
      return { summitId: summit.id as SummitId, ...built };
    };
    const page = (token: string) => t.app.inject({ url: `/i/${token}` });
    const csrf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)![1]!;

    it('renders a person’s page once and then serves it from memory, with each visitor’s own CSRF token', async () => {
      const { token } = await person();
      const first = await page(token);
      const second = await page(token);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['x-samskab-cache'], 'miss');
      assert.equal(second.headers['x-samskab-cache'], 'hit');
      assert.notEqual(csrf(first.body), csrf(second.body), 'every visitor gets a token of their own');
      assert.equal(first.body.replaceAll(csrf(first.body), ''), second.body.replaceAll(csrf(second.body), ''));
      assert.ok(second.body.includes('Karen Kofoed'));
    });

    it('keeps each person’s page apart: another link never gets it', async () => {
      const a = await person();
      const b = await buildInvitation(t.deps, { summitId: a.summitId, groupId: (await t.deps.db.stores.groups.list(a.summitId))[0]!.id as GroupId, status: 'pending', name: 'Ole Olsen' });
      await page(a.token);
      const other = await page(b.token);
      assert.ok(other.body.includes('Ole Olsen'));
      assert.ok(!other.body.includes('Karen Kofoed'));
      assert.ok(other.body.includes(`/i/${b.token}/`) && !other.body.includes(a.token));
    });

    it('shows at once every change made beside this server: the answer, needs, messages, consents, consent kinds and the summit', async () => {
      const { summitId, token, email, id } = await person();
      const stores = t.deps.db.stores;
      const now = t.deps.clock.now();
      const changes: [string, () => Promise<unknown>, RegExp][] = [
        ['the answer', () => acceptInvitation(t.deps, token), /Du er tilmeldt\./],
        ['the needs', () => updateAnswerDetails(t.deps, token, { needs: { diet: 'Glutenfri kost', accessibility: '' } }), /Glutenfri kost/],
        ['a message to the invitation', () => stores.outbox.enqueue({ summitId, kind: 'reconfirm_reminder', toAddress: email, subject: 'Husk topmødet', bodyText: '.', invitationId: id }, now), /Husk topmødet/],
        ['a message to the address', () => stores.outbox.enqueue({ summitId, kind: 'interest_accepted', toAddress: email, subject: 'Tak for din interesse', bodyText: '.' }, now), /Tak for din interesse/],
        ['a consent given', () => updateAnswerDetails(t.deps, token, { consents: { contacts: true } }), /id="consentContacts" name="consentContacts" value="on" checked/],
        ['a consent withdrawn', () => withdrawConsents(t.deps, token, ['contacts']), /id="consentContacts" name="consentContacts" value="on" aria/],
        ['a new consent kind', () => addConsentKind(t.deps, systemAccess, summitId, { labelDa: 'Jeg må kontaktes om nyhedsbrevet.', hintDa: '', labelEn: 'You may contact me.', hintEn: '' }), /Jeg må kontaktes om nyhedsbrevet\./],
        ['the summit', () => updateSummit(t.deps, systemAccess, summitId, { title: 'Topmøde med ny titel' }), /Topmøde med ny titel/],
      ];
      for (const [what, change, shows] of changes) {
        await page(token);
        assert.equal((await page(token)).headers['x-samskab-cache'], 'hit', `${what}: kept before`);
        await change();
        const after = await page(token);
        assert.equal(after.headers['x-samskab-cache'], 'miss', what);
        assert.match(after.body, shows, `${what} shows at once`);
      }
    });

    it('answers an expired link as unknown even while its page is kept', async () => {
      const { summitId, token } = await person('confirmed');
      // Held last month; its links live on for the summit's retention days.
      await t.deps.db.stores.summits.update(summitId, { status: 'held', startsAt: '2026-02-01T08:00:00.000Z', endsAt: '2026-02-01T15:00:00.000Z' }, t.deps.clock.now());
      assert.equal((await page(token)).statusCode, 200);
      assert.equal((await page(token)).headers['x-samskab-cache'], 'hit');
      const clock = t.deps.clock as { now(): string };
      const original = clock.now;
      clock.now = () => '2027-01-01T09:00:00.000Z';
      try {
        assert.equal((await page(token)).statusCode, 404);
      } finally {
        clock.now = original;
      }
    });

    // On PostgreSQL a server keeps what decides each page and reads nothing while the database
    // announces no change: a change made by another program (its own connection, not this
    // server's) must still reach the page, through the notification alone.
    if (kind === 'postgres') {
      const byAnotherProgram = (statement: string, ...values: unknown[]) => runAsAnotherProgram(t.db.url!, statement, values);
      const pageShows = (token: string, text: string) => eventually(async () => (await page(token)).body.includes(text));

      it('shows changes another program commits to the person, their messages and consents, told by the database’s notifications', async () => {
        const { summitId, token, id, email } = await person();
        const contactsVersion = /value="[^"]*contacts:([^,"]+)/.exec((await page(token)).body)![1];
        const changes: [string, string, unknown[], string][] = [
          ['the needs', 'update invitations set diet_needs = $1 where id = $2', ['Laktosefri kost', id], 'Laktosefri kost'],
          ['a message to the invitation', `insert into outbox_messages (id, summit_id, kind, to_address, subject, body_text, status, attempts, next_attempt_at, last_error, created_at, attachments, invitation_id)
            values (gen_random_uuid()::text, $1, 'reconfirm_reminder', $2, 'Besked sendt udefra', '.', 'pending', 0, '2026-03-01T09:00:00.000Z', '', '2026-03-01T09:00:00.000Z', '[]', $3)`, [summitId, email, id], 'Besked sendt udefra'],
          ['a message to the address', `insert into outbox_messages (id, summit_id, kind, to_address, subject, body_text, status, attempts, next_attempt_at, last_error, created_at, attachments)
            values (gen_random_uuid()::text, $1, 'interest_accepted', $2, 'Til adressen udefra', '.', 'pending', 0, '2026-03-01T09:00:00.000Z', '', '2026-03-01T09:00:00.000Z', '[]')`, [summitId, email], 'Til adressen udefra'],
          ['a consent', `insert into consents (id, summit_id, invitation_id, kind, wording, version, language, given_at)
            values (gen_random_uuid()::text, $1, $2, 'contacts', 'Kontakter', $3, 'da', '2026-03-01T09:00:00.000Z')`, [summitId, id, contactsVersion], 'id="consentContacts" name="consentContacts" value="on" checked'],
          ['the summit', 'update summits set title = $1 where id = $2', ['Titel sat udefra', summitId], 'Titel sat udefra'],
        ];
        for (const [what, statement, values, shows] of changes) {
          await page(token);
          assert.equal((await page(token)).headers['x-samskab-cache'], 'hit', `${what}: kept before`);
          await byAnotherProgram(statement, ...values);
          assert.ok(await pageShows(token, shows), `${what} shows within two seconds`);
        }
      });

      it('would keep old needs without the notification: what decides the page is kept, not read again (the trigger is what tells the servers)', async () => {
        const { token, id } = await person();
        await sql`drop trigger invitations_participant_page_notify on invitations`.execute(t.db.database.db);
        try {
          await page(token);
          await page(token);
          await byAnotherProgram('update invitations set diet_needs = $1 where id = $2', 'Behov ingen får at vide', id);
          await new Promise((resolve) => setTimeout(resolve, 300));
          assert.ok(!(await page(token)).body.includes('Behov ingen får at vide'), 'without the notification the page is stale');
        } finally {
          await sql`create trigger invitations_participant_page_notify after update or delete on invitations for each row execute function participant_page_notify()`.execute(t.db.database.db);
        }
      });
    }

    it('would show old words without the version the database raises for a consent kind (the guard is what keeps it fresh)', async () => {
      const { summitId, token } = await person();
      const trigger = kind === 'sqlite' ? sql`drop trigger consent_kinds_content_insert` : sql`drop trigger consent_kinds_content_version on consent_kinds`;
      await trigger.execute(t.db.database.db);
      await page(token);
      await addConsentKind(t.deps, systemAccess, summitId, { labelDa: 'Et samtykke uden varsel.', hintDa: '', labelEn: 'Unannounced.', hintEn: '' });
      const stale = await page(token);
      assert.equal(stale.headers['x-samskab-cache'], 'hit');
      assert.doesNotMatch(stale.body, /Et samtykke uden varsel\./, 'without the raised version the kept page is shown');
    });
  });
}
