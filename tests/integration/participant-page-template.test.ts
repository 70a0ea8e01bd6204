// The participant's page is rendered once per summit state, language and shape of the answer and
// filled in per person; what a person gets must be exactly the page rendered for them alone, text
// that needs escaping included. Each test runs on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { addConsentKind } from '../../src/use-cases/personal-data/manage-consent-kinds.ts';
import { consentWordings } from '../../src/domain/personal-data/consent.ts';
import { getParticipantPage } from '../../src/use-cases/registration/get-participant-page.ts';
import { participantPath } from '../../src/use-cases/personal-links.ts';
import { brandingOf } from '../../src/web/branding.ts';
import { messagesFor, type Language } from '../../src/web/i18n/messages.ts';
import { renderPage } from '../../src/web/layout.tsx';
import { ParticipantPage, type ParticipantNotice } from '../../src/web/pages/participant-page.tsx';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const csrf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];

for (const kind of databaseKinds()) {
  describe(`participant page template (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    async function renderedAlone(token: string, lang: Language, notice: ParticipantNotice | undefined, csrfToken: string) {
      const page = await getParticipantPage(t.deps, token);
      if ('withdrawn' in page) throw new Error('withdrawn');
      const ctx = { lang, t: messagesFor(lang), path: participantPath(token), csrfToken, coordinator: undefined, brand: brandingOf(t.deps.branding) };
      return renderPage(ParticipantPage({ ctx, view: { base: participantPath(token), ...page }, notice }));
    }

    it('gives every person exactly the page rendered for them alone, whatever their name, needs and consents contain', async () => {
      const { summit } = await seedDemoSummit(t.deps);
      const groups = await t.deps.db.stores.groups.list(summit.id);
      // The summit's own consent, in words that need escaping; people's consents differ, so the page's consents are their own.
      const own = await addConsentKind(t.deps, systemAccess, summit.id, { labelDa: 'Jeg må nævnes i "nyhedsbrevet" <b>&</b> på nettet.', hintDa: 'Frivilligt <i>.', labelEn: 'I may be named in the "newsletter" <b>&</b> online.', hintEn: '' });
      const people = [
        { status: 'pending', name: 'Åse "Ø" <b>Bøg</b> & co' },
        { status: 'pending', name: 'Bo Berg' },
        { status: 'confirmed', name: 'Cai <script>alert(1)</script>' },
        { status: 'declined', name: 'Dina & Dan' },
      ] as const;
      let n = 0;
      for (const person of people) {
        const { token, id } = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: person.status, name: person.name, email: `p${n++}@example.dk` });
        await t.deps.db.stores.invitations.update(id as InvitationId, { dietNeeds: `Ingen <nødder> & "gluten" ${n}`, accessibilityNeeds: n % 2 ? 'Kørestol' : '', consentPhotos: n % 2 === 0 }, new Date().toISOString());
        if (n % 2 === 1) {
          const given = { wording: 'ord', language: 'da' as const, givenAt: '2026-12-01T09:00:00.000Z' };
          await t.deps.db.stores.personalData.recordConsent(summit.id, id, { ...given, kind: 'contacts', version: consentWordings.contacts.version });
          await t.deps.db.stores.personalData.recordConsent(summit.id, id, { ...given, kind: own.id, version: n === 3 ? '0' : '1' });
        }
        for (const [lang, notice] of [['da', undefined], ['da', undefined], ['en', 'saved'], ['da', 'accepted']] as const) {
          const url = `${participantPath(token)}${notice ? `?notice=${notice}` : ''}`;
          const res = await t.app.inject({ url, cookies: lang === 'en' ? { samskab_lang: 'en' } : {} });
          assert.equal(res.statusCode, 200, res.body);
          const token_ = csrf(res.body);
          const expected = await renderedAlone(token, lang, notice, token_ ?? '');
          assert.equal(res.body, expected, `${person.name}, ${lang}, ${notice ?? 'no notice'}`);
        }
      }
    });
  });
}
