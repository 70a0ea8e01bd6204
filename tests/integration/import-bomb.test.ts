// An XLSX file is a zip: a file well under the upload limit can unpack to hundreds of thousands of
// rows. Reading one used to block the server for as long as it took (50 s for one of 367 KB, with
// /healthz unanswered). The list is now read in a worker thread and refused past the row cap, with
// a clear message, while the server keeps answering.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { importLimits } from '../../src/exports/invitation-import.ts';
import { logIn } from '../../src/use-cases/manage-coordinators.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { xlsxBomb } from '../support/xlsx-bomb.ts';

describe('a hostile or oversized invitation list', () => {
  let t: TestApp;
  let base: string;
  let summitId: string;
  let groupId: string;
  before(async () => {
    t = await createTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const post = async (url: string, body: object) => (await fetch(`${base}/api/v1${url}`, { method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    summitId = (await post('/summits', { title: 'Import', capacity: 100 })).id;
    groupId = (await post(`/summits/${summitId}/groups`, { name: 'Borgere', quota: 50 })).id;
  });
  after(async () => { await t.close(); });

  const importList = (fileName: string, content: Buffer) => fetch(`${base}/api/v1/summits/${summitId}/invitations/import`, {
    method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ fileName, contentBase64: content.toString('base64'), groupId, onlyValid: true }),
  });
  const invited = async () => (await (await fetch(`${base}/api/v1/summits/${summitId}/invitations`, { headers: t.auth })).json()).length as number;

  it('refuses a small XLSX file that unpacks to 200,000 rows, and /healthz answers quickly meanwhile', async () => {
    const bomb = xlsxBomb(200_000);
    assert.ok(bomb.length < importLimits.maxBytes, `the bomb (${bomb.length} bytes) is under the size limit, so only the row cap can stop it`);
    let done = false;
    const started = performance.now();
    const answer = importList('bomb.xlsx', bomb).finally(() => { done = true; });
    const latencies: number[] = [];
    while (!done) {
      const asked = performance.now();
      const health = await fetch(`${base}/healthz`);
      assert.equal(health.status, 200);
      latencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const response = await answer;
    const body = await response.json();
    assert.equal(response.status, 422);
    assert.equal(body.code, 'import_too_large');
    assert.deepEqual(body.details, { maxRows: importLimits.maxRows, maxBytes: importLimits.maxBytes });
    const slowest = Math.max(...latencies);
    assert.ok(slowest < 500, `/healthz took ${Math.round(slowest)} ms during the import (${Math.round(performance.now() - started)} ms)`);
    assert.equal(await invited(), 0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const response = await importList('liste.csv', Buffer.alloc(importLimits.maxBytes + 1, 'a'));
    assert.equal(response.status, 422);
    assert.equal((await response.json()).code, 'import_too_large');
  });

  it('refuses a CSV list of more rows than the cap, and reads one at the cap', async () => {
    const rows = (n: number) => Buffer.from(['navn;email', ...Array.from({ length: n }, (_, i) => `Person ${i};p${i}@example.dk`)].join('\n'));
    const over = await importList('liste.csv', rows(importLimits.maxRows + 1));
    assert.equal(over.status, 422);
    assert.equal((await over.json()).code, 'import_too_large');
    const dryRun = await fetch(`${base}/api/v1/summits/${summitId}/invitations/import`, {
      method: 'POST', headers: { ...t.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'liste.csv', contentBase64: rows(importLimits.maxRows).toString('base64'), groupId, dryRun: true }),
    });
    assert.equal(dryRun.status, 200);
    assert.equal(await invited(), 0);
  });

  it('tells the coordinator in Danish on the import form', async () => {
    const session = { samskab_session: (await logIn(t.deps, 'koordinator@example.dk', 'a-long-password-1')).sessionToken };
    const page = `/admin/summits/${summitId}/recruitment`;
    const opened = await t.app.inject({ url: page, cookies: session });
    const token = /name="_csrf" value="([^"]+)"/.exec(opened.body)![1]!;
    const cookies = { ...session, ...Object.fromEntries(opened.cookies.map((c) => [c.name, c.value])) };
    const boundary = 'samskabboundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="groupId"\r\n\r\n${groupId}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bombe.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
      xlsxBomb(50_000), Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({ method: 'POST', url: `${page}/import`, cookies, payload: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Filen er for stor til at blive læst: en liste må højst have 10\.000 rækker og fylde 2 MB/);
    assert.equal(await invited(), 0);
  });
});
