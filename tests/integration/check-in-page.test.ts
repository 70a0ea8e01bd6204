// The helper's page behind a check-in link, and the QR decoder it loads from our own origin.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildCheckInLink, buildDaySummit } from '../support/check-in-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

describe('the check-in page', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp(); });
  after(async () => t.close());

  it('opens behind a live link, allowing WebAssembly for the QR decoder and nothing inline', async () => {
    const { summit } = await buildDaySummit(t.deps);
    const link = await buildCheckInLink(t.deps, summit.id, 'Indgang A');
    const page = await t.app.inject({ method: 'GET', url: new URL(link.url).pathname });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Indtjekning: Testtopmøde/);
    assert.match(page.body, /Link: Indgang A/);
    const policy = String(page.headers['content-security-policy']);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /unsafe-inline/);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
  });

  it('answers an unknown or revoked link with the same 404', async () => {
    const { summit } = await buildDaySummit(t.deps);
    const link = await buildCheckInLink(t.deps, summit.id);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/summits/${summit.id}/check-in-links/${link.id}`, headers: t.auth });
    for (const path of [new URL(link.url).pathname, `/checkin/${'x'.repeat(43)}`]) {
      const page = await t.app.inject({ method: 'GET', url: path });
      assert.equal(page.statusCode, 404);
      assert.match(page.body, /Linket virker ikke længere/);
    }
  });

  it('serves the QR decoder, its WebAssembly and their licences, and nothing else from that folder', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/assets/vendor/qr/barcode-detector/dist/iife/ponyfill.js' });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
    assert.match(script.body, /BarcodeDetectionAPI/);
    const wasm = await t.app.inject({ method: 'GET', url: '/assets/vendor/qr/zxing-wasm/dist/reader/zxing_reader.wasm' });
    assert.equal(wasm.statusCode, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.deepEqual([...wasm.rawPayload.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
    for (const licence of ['barcode-detector/LICENSE', 'zxing-wasm/LICENSE']) {
      assert.equal((await t.app.inject({ method: 'GET', url: `/assets/vendor/qr/${licence}` })).statusCode, 200);
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/assets/vendor/qr/barcode-detector/package.json' })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/assets/vendor/qr/zxing-wasm/dist/full/zxing_full.wasm' })).statusCode, 404);
  });
});
