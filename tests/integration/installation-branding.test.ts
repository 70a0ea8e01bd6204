// The municipality's name, logo and primary colour, set by a coordinator on /admin/indstillinger,
// on both databases: every page's header, stylesheet and icon follow them; the environment's
// values hold until then; a colour white text cannot be read on, a file that is not an image, an
// SVG that could run scripts and a file over 200 kB are refused and change nothing; the uploaded
// logo is served with its own type under a sandboxing policy; and a second server over the same
// database shows a change once its recheck time has passed, while a page in between reads nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { composeTestApp } from '../support/test-app.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { createCoordinator, logIn } from '../../src/use-cases/manage-coordinators.ts';
import { brandingRecheckMs } from '../../src/use-cases/branding/current-branding.ts';
import { maxLogoBytes } from '../../src/domain/branding/branding.ts';
import type { Deps } from '../../src/ports.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex');

/** A multipart/form-data body as a browser sends the settings form. */
function multipart(fields: Record<string, string>, file?: { name: string; fileName: string; type: string; content: Buffer }) {
  const boundary = '----samskab-test-boundary';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.fileName}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const kind of databaseKinds()) {
  describe(`the municipality's name, logo and colour (${kind})`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let app: FastifyInstance;
    let session: string;
    const clock = fixedClock('2026-03-01T09:00:00.000Z');
    before(async () => {
      db = await createTestDatabase(kind);
      deps = { ...testDeps(db.database, clock), branding: { municipality: 'Miljøby Kommune', primaryColour: '#225522' } };
      app = await composeTestApp(deps);
      await createCoordinator(deps, { email: 'k@example.dk', password: 'a-long-password-1' });
      session = (await logIn(deps, 'k@example.dk', 'a-long-password-1')).sessionToken;
    });
    after(async () => { await app.close(); await db.destroy(); });

    async function save(fields: Record<string, string>, file?: Parameters<typeof multipart>[1]) {
      const form = await app.inject({ url: '/admin/indstillinger', cookies: { samskab_session: session } });
      assert.equal(form.statusCode, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      const cookies = { samskab_session: session, ...Object.fromEntries(form.cookies.map((c) => [c.name, c.value])) };
      const { payload, headers } = multipart({ _csrf: csrf, ...fields }, file);
      return app.inject({ method: 'POST', url: '/admin/indstillinger', cookies, headers, payload });
    }

    it("shows the environment's municipality until a coordinator sets another, then the set name, colour and logo on every page", async () => {
      assert.equal((await save({ municipality: '', primaryColour: '', logoChoice: 'remove' })).statusCode, 303, 'every field left empty');
      const before = await app.inject({ url: '/' });
      assert.match(before.body, /<span>Miljøby Kommune<\/span>/);
      const settings = await app.inject({ url: '/admin', cookies: { samskab_session: session } });
      assert.match(settings.body, /href="\/admin\/indstillinger"/, 'the admin navigation leads to the settings');
      const english = await app.inject({ url: '/admin/indstillinger?lang=en', cookies: { samskab_session: session } });
      assert.match(english.body, /<h1[^>]*>The municipality&#39;s name, logo and colour<\/h1>|<h1[^>]*>The municipality's name, logo and colour<\/h1>/);
      assert.match(english.body, /Empty: &quot;Miljøby Kommune&quot;|Empty: "Miljøby Kommune"/, "the hint names the environment's value");

      const saved = await save({ municipality: 'Holbæk Kommune', primaryColour: '#8B0000', logoChoice: 'upload' },
        { name: 'logoFile', fileName: 'logo.png', type: 'image/png', content: png });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(saved.headers.location, '/admin/indstillinger?saved=1');

      const page = await app.inject({ url: '/' });
      assert.match(page.body, /<span>Holbæk Kommune<\/span>/);
      const version = /href="\/brand\.css\?v=(\d+)"/.exec(page.body)?.[1];
      assert.ok(version && Number(version) > 0, 'the stylesheet address carries the new version');
      assert.match(page.body, new RegExp(`<img src="/indstillinger/logo\\?v=${version}"`));
      assert.match(page.body, new RegExp(`<link rel="icon" href="/indstillinger/logo\\?v=${version}"/>`), 'the logo is the icon too');
      const css = await app.inject({ url: `/brand.css?v=${version}` });
      assert.match(css.body, /--samskab-primary: #8b0000;/);

      const logo = await app.inject({ url: `/indstillinger/logo?v=${version}` });
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers['content-type'], 'image/png');
      assert.deepEqual(logo.rawPayload, png);
      assert.match(String(logo.headers['cache-control']), /max-age=31536000, immutable/);
      assert.match(String(logo.headers['content-security-policy']), /default-src 'none'.*sandbox/);
      assert.equal(logo.headers['x-content-type-options'], 'nosniff');

      const audit = await deps.db.stores.audit.listForSubject('installation', 'installation');
      assert.ok(audit.length > 0 && audit.every((a) => a.action === 'branding.updated'), 'each save is in the audit log');
      assert.ok(audit.some((a) => JSON.stringify(a.data).includes('"logo"')) && !audit.some((a) => JSON.stringify(a.data).length > 200), 'which fields changed, never the image');
    });

    it('refuses a colour white text cannot be read on, a file that is not an image, a scripted SVG and a file over 200 kB, and changes nothing', async () => {
      const before = await deps.db.stores.branding.find();
      const light = await save({ municipality: 'Lys Kommune', primaryColour: '#ffcc00', logoChoice: 'keep' });
      assert.equal(light.statusCode, 422);
      assert.match(light.body, /Primærfarve: Farven er for lys: hvid tekst på den skal have en kontrast på mindst 4,5:1\./);
      assert.match(light.body, /value="Lys Kommune"/, 'the typed values are kept');
      const text = await save({ logoChoice: 'upload' }, { name: 'logoFile', fileName: 'logo.png', type: 'image/png', content: Buffer.from('not an image') });
      assert.match(text.body, /Logoet skal være en PNG-, JPEG-, WebP- eller SVG-fil\./);
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      const scripted = await save({ logoChoice: 'upload' }, { name: 'logoFile', fileName: 'logo.svg', type: 'image/svg+xml', content: svg });
      assert.match(scripted.body, /SVG-filen indeholder scripts/);
      const large = await save({ logoChoice: 'upload' }, { name: 'logoFile', fileName: 'logo.png', type: 'image/png', content: Buffer.concat([png, Buffer.alloc(maxLogoBytes)]) });
      assert.match(large.body, /Logofilen må højst fylde 200 kB\./);
      const address = await save({ logoChoice: 'url', logoUrl: 'http://example.dk/logo.png' });
      assert.match(address.body, /Skriv en adresse, der begynder med https:\/\/ eller \/assets\/\./);
      for (const refused of [light, text, scripted, large, address]) assert.equal(refused.statusCode, 422);
      assert.deepEqual(await deps.db.stores.branding.find(), before);
    });

    it("takes a logo's https address into the page and the content security policy", async () => {
      const saved = await save({ municipality: 'Holbæk Kommune', primaryColour: '#8b0000', logoChoice: 'url', logoUrl: 'https://www.holbaek.dk/logo.svg' });
      assert.equal(saved.statusCode, 303, saved.body);
      const page = await app.inject({ url: '/' });
      assert.match(page.body, /<img src="https:\/\/www\.holbaek\.dk\/logo\.svg"/);
      assert.match(String(page.headers['content-security-policy']), /img-src 'self' data: https:\/\/www\.holbaek\.dk/);
      assert.equal((await app.inject({ url: '/indstillinger/logo' })).statusCode, 404, 'no uploaded logo is kept beside an address');
    });

    it('reads only the version, once per recheck time, however many pages are asked for', async () => {
      const reads = { version: 0, find: 0 };
      const stores = deps.db.stores;
      const branding = { ...stores.branding, version: () => { reads.version++; return stores.branding.version(); }, find: () => { reads.find++; return stores.branding.find(); } };
      const counted = { ...deps, db: { ...deps.db, stores: { ...stores, branding } } };
      assert.equal((await save({ municipality: 'Tælleby Kommune', primaryColour: '', logoChoice: 'remove' })).statusCode, 303);
      const server = await composeTestApp(counted);
      try {
        for (let i = 0; i < 20; i++) assert.equal((await server.inject({ url: '/' })).statusCode, 200);
        assert.deepEqual(reads, { version: 1, find: 1 }, 'the first page reads the settings once; the next 19 read nothing');
        clock.advance(brandingRecheckMs);
        for (let i = 0; i < 20; i++) await server.inject({ url: '/' });
        assert.deepEqual(reads, { version: 2, find: 1 }, 'after the recheck time, one read of the version; the unchanged settings are not read again');
      } finally {
        await server.close();
      }
    });

    it('shows a change made on another server over the same database once the recheck time has passed', async () => {
      let second: Database | undefined;
      let other: FastifyInstance | undefined;
      try {
        second = kind === 'postgres' ? openDatabase({ databaseUrl: db.url, dataDir: db.dataDir }) : db.database;
        const otherDeps = { ...testDeps(second, clock), branding: deps.branding };
        assert.equal((await save({ municipality: 'Holbæk Kommune', primaryColour: '#8b0000', logoChoice: 'remove' })).statusCode, 303);
        other = await composeTestApp(otherDeps);
        assert.match((await other.inject({ url: '/' })).body, /<span>Holbæk Kommune<\/span>/);
        const saved = await save({ municipality: 'Nyby Kommune', primaryColour: '', logoChoice: 'remove' });
        assert.equal(saved.statusCode, 303, saved.body);
        assert.match((await app.inject({ url: '/' })).body, /<span>Nyby Kommune<\/span>/, 'the server that saved shows it at once');
        assert.match((await other.inject({ url: '/' })).body, /<span>Holbæk Kommune<\/span>/, 'the other trusts what it keeps for a moment');
        clock.advance(brandingRecheckMs);
        const later = (await other.inject({ url: '/' })).body;
        assert.match(later, /<span>Nyby Kommune<\/span>/);
        assert.match(later, /<img src="\/assets\/municipality-logo\.svg"/, 'a removed logo falls back to the default');
        const css = await other.inject({ url: `/brand.css?v=${/brand\.css\?v=(\d+)/.exec(later)![1]}` });
        assert.match(css.body, /--samskab-primary: #225522;/, "an emptied colour falls back to the environment's");
      } finally {
        await other?.close();
        if (second && second !== db.database) await second.close();
      }
    });
  });
}
