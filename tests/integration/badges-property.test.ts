// Whatever the plan, every confirmed person gets exactly one badge, in the invitations' order, that
// shows their whole name and their table in every round, with a QR code of their check-in code:
// random names (Danish letters, long words, many words), random rounds, tables and seats.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { badgeSlots } from '../../src/exports/badge-pdf.ts';
import type { Deps } from '../../src/ports.ts';
import { printBadges } from '../../src/use-cases/print/print-badges.ts';
import { qrCodesInBoxes, textsInBoxes } from '../support/pdf-reading.ts';
import { buildPrintSummit, publishPlan, tableSpecs } from '../support/print-builders.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const squash = (text: string) => text.replace(/\s+/g, '');
const letters = 'abcdefghijklmnopqrstuvwxyzæøåéüABCDEFGHIJKLMNOPRSTUVWÆØÅ-';
const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 30 }).filter((w) => /[^-]/.test(w));
const name = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const scenario = fc.record({
  names: fc.array(name, { minLength: 1, maxLength: 14 }),
  rounds: fc.integer({ min: 1, max: 4 }),
  tables: fc.integer({ min: 1, max: 12 }),
  layout: fc.constantFrom('a4-2x4' as const, 'a6' as const),
  seed: fc.array(fc.nat(1000), { minLength: 56, maxLength: 56 }),
});

describe('badges on random plans (SQLite)', () => {
  let db: TestDatabase;
  let deps: Deps;
  before(async () => { db = await createTestDatabase('sqlite'); deps = testDeps(db.database); });
  after(async () => db.destroy());

  it('gives every confirmed person one badge with their whole name, their table in every round and their code', async () => {
    await fc.assert(fc.asyncProperty(scenario, async ({ names, rounds, tables: tableCount, layout, seed }) => {
      const { summit, invitations } = await buildPrintSummit(deps, names.map((n, i) => ({ name: n, group: i % 3, area: i % 4 })));
      const tables = tableSpecs(tableCount);
      const people = invitations.map((i) => i.id);
      const seatOf = (p: number, r: number) => seed[(p * 4 + r) % seed.length]! % tableCount;
      const plan = Array.from({ length: rounds }, (_, r) => ({
        tables: tables.map((t, ti) => ({ id: t.id, people: people.filter((_, p) => seatOf(p, r) === ti) })),
      }));
      await publishPlan(deps, summit.id, tables, plan);

      const { pdf, count } = await printBadges(deps, systemAccess, summit.id, { layout });
      assert.equal(count, names.length);
      const slots = badgeSlots(layout);
      const texts = textsInBoxes(pdf, slots);
      const qrs = await qrCodesInBoxes(pdf, slots);
      const codes = await deps.db.stores.invitations.listCheckInCodes(summit.id);
      // Badges follow the invitations' order (the API's), which need not be the order of creation.
      const order = (await deps.db.stores.invitations.listBySummit(summit.id)).map((i) => i.id as string);
      assert.equal(order.length, people.length);
      order.forEach((id, slot) => {
        const p = people.indexOf(id as InvitationId);
        const text = squash(texts[slot]!);
        assert.ok(text.includes(squash(names[p]!)), `badge ${slot} shows "${names[p]}": ${texts[slot]}`);
        const expected = rounds === 1 ? `Bord ${seatOf(p, 0) + 1}`
          : Array.from({ length: rounds }, (_, r) => `Runde ${r + 1}: Bord ${seatOf(p, r) + 1}`).join(' · ');
        assert.ok(text.includes(squash(expected)), `badge ${slot} shows ${expected}: ${texts[slot]}`);
        assert.equal(qrs[slot], codes.get(id as InvitationId), `badge ${slot} QR code`);
      });
      assert.ok(texts.slice(people.length).every((text) => text === ''), 'no badge beyond the confirmed people');
    }), { numRuns: 8, seed: 13 });
  });
});
