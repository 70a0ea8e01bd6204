// "Min dag" behind a personal link: the person's own tables per round, the programme, the venue and
// the QR code of their own check-in code; nothing of the kind for someone without a confirmed seat,
// and nothing at all for an unknown link.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { qrModules } from '../../src/exports/pdf-canvas.ts';
import { createProgrammeItem } from '../../src/use-cases/summit/save-programme-item.ts';
import { buildPrintSummit, danishPeople, printTokenOf, publishPlan, roundRobin, tableSpecs } from '../support/print-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

describe('Min dag behind a personal link', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp(); });
  after(async () => t.close());

  const page = (token: string) => t.app.inject({ method: 'GET', url: `/i/${token}/min-dag` });

  it("shows a confirmed participant's tables, the programme, the venue and the QR code of their own code", async () => {
    const { summit, invitations } = await buildPrintSummit(t.deps);
    await t.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2026-03-05T16:00:00.000Z', venue: 'Holbæk Hallerne, Holbæk' }, t.deps.clock.now());
    await createProgrammeItem(t.deps, systemAccess, summit.id, { startsAt: '2026-03-05T16:00:00.000Z', endsAt: '2026-03-05T16:30:00.000Z', title: 'Velkomst og kaffe', speakerName: 'Borgmester Åse' });
    const confirmed = invitations.filter((i) => i.status === 'confirmed').map((i) => i.id);
    const tables = tableSpecs(3, ['1', '2', '11']);
    const plan = await publishPlan(t.deps, summit.id, tables, roundRobin(confirmed, tables, 2));
    const ida = invitations[4]!;
    const response = await page(printTokenOf(summit.id, 4));
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.body, /Ida Ø/);
    for (const round of [0, 1]) {
      const table = tables.find((x) => x.id === plan.rounds[round]!.tables.find((tb) => tb.people.includes(ida.id))!.id)!;
      assert.ok(response.body.includes(`<strong>Runde ${round + 1}:</strong> Bord ${table.name}`), `round ${round + 1}`);
    }
    assert.match(response.body, /Velkomst og kaffe/);
    assert.match(response.body, /Holbæk Hallerne/);
    assert.match(response.body, /5\. marts 2026 kl\. 17\.00/);
    const code = (await t.deps.db.stores.invitations.findCheckInCode(ida.id as InvitationId))!;
    assert.ok(response.body.includes(`${code.slice(0, 4)}-${code.slice(4)}`));
    // The inline SVG draws exactly the modules of the code's QR symbol.
    const qr = qrModules(code);
    const dark = [...response.body.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[2]) - 4},${Number(m[1]) - 4}`);
    const expected: string[] = [];
    for (let row = 0; row < qr.size; row++) for (let col = 0; col < qr.size; col++) if (qr.dark(row, col)) expected.push(`${row},${col}`);
    assert.deepEqual(dark, expected);
    assert.match(response.body, /role="img" aria-label="QR-kode med din kode/);
  });

  it('shows no tables and no code to a person without a confirmed seat, and nothing for an unknown link', async () => {
    const { summit } = await buildPrintSummit(t.deps);
    const pending = await page(printTokenOf(summit.id, danishPeople.findIndex((p) => p.status === 'pending')));
    assert.equal(pending.statusCode, 200);
    assert.match(pending.body, /Din plads er ikke bekræftet/);
    assert.doesNotMatch(pending.body, /<svg[^>]*role="img"/);
    const unknown = await page('no-such-token-at-all-here');
    assert.equal(unknown.statusCode, 404);
  });
});
