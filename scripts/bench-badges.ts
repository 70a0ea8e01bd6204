// Badge benchmark: a summit of 168 confirmed participants (the seed's capacity) with a published
// plan of three rounds over 21 tables, printed through the use case (database reads, the PDF with
// its embedded font and 168 QR codes, and the record of every badge printed). Prints the first
// run (fonts and modules cold) and the median of the warm runs, per layout. Target: under 2 s.
//   npm run bench:badges -- [--people 168] [--runs 5]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRuntime } from '../src/composition.ts';
import { parseConfig } from '../src/config.ts';
import { badgeLayouts } from '../src/domain/badge.ts';
import type { AreaId, GroupId } from '../src/domain/ids.ts';
import { defaultSeatingSettings, noLocks, proposeTables } from '../src/domain/seating-plan.ts';
import { printBadges } from '../src/use-cases/print/print-badges.ts';
import { createArea } from '../src/use-cases/summit/save-area.ts';
import { createGroup } from '../src/use-cases/summit/save-group.ts';
import { createSummit } from '../src/use-cases/summit/save-summit.ts';
import { systemAccess } from '../tests/support/access.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const PEOPLE = flag('--people', 168), RUNS = flag('--runs', 5), ROUNDS = 3;

const dataDir = mkdtempSync(join(tmpdir(), 'samskab-bench-badges-'));
const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: '' }));
try {
  const deps = runtime.deps;
  const stores = deps.db.stores;
  const summit = await createSummit(deps, systemAccess, { title: `Benchmark ${randomUUID().slice(0, 8)}`, capacity: PEOPLE * 6 });
  const groups = [];
  for (const [i, name] of ['Borgere', 'Politikere', 'Erhverv', 'Skoler og dagtilbud', 'Forvaltningen', 'Bordfacilitatorer'].entries()) {
    groups.push(await createGroup(deps, systemAccess, summit.id, { name, quota: PEOPLE, isFacilitators: i === 5 }));
  }
  const areas = [];
  for (let i = 0; i < 18; i++) areas.push(await createArea(deps, systemAccess, summit.id, { name: `Lokalområde ${i + 1} Ærø-Øster`, population: 1000 + i }));
  const now = deps.clock.now();
  const facilitators = Math.round(PEOPLE / 8);
  const people: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const group = i < facilitators ? groups[5]! : groups[i % 5]!;
    const invitation = await stores.invitations.create({
      summitId: summit.id, groupId: group.id as GroupId, organisationId: null, areaId: areas[i % 18]!.id as AreaId,
      name: i % 17 === 0 ? `Åse Ærø Østergård-Kristiansen von Løvenskiold ${i}` : `Deltager Sørensen ${i}`, email: `p${i}@example.dk`, phone: '',
      status: 'confirmed', source: 'coordinator', waitlistPosition: 0, invitedAt: now, answerDeadline: null, answeredAt: now,
      dietNeeds: '', accessibilityNeeds: '', consentPhotos: i % 3 === 0, consentChangedAt: null,
    }, null, now);
    people.push(invitation.id);
  }
  const tables = proposeTables(PEOPLE, facilitators);
  const rounds = Array.from({ length: ROUNDS }, (_, r) => ({
    tables: tables.map((t, ti) => ({ id: t.id, people: people.filter((_, i) => (i + r * 5) % tables.length === ti) })),
  }));
  const plan = await stores.seatingPlans.create({
    summitId: summit.id, status: 'done', source: 'generated', basedOnId: null, settings: { ...defaultSeatingSettings, rounds: ROUNDS, tables },
    absent: [], fromRound: 1, rounds, score: null, violations: [], locks: noLocks, progress: 1, bestCost: null, error: '', createdBy: 'cli',
  }, now);
  await stores.seatingPlans.markPublished(plan.id, now);

  console.log(`Badges for ${PEOPLE} confirmed people, ${ROUNDS} rounds over ${tables.length} tables (SQLite):`);
  for (const layout of badgeLayouts) {
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      const { pdf, count } = await printBadges(deps, systemAccess, summit.id, { layout });
      times.push(performance.now() - started);
      size = pdf.byteLength;
      if (count !== PEOPLE) throw new Error(`printed ${count} badges, expected ${PEOPLE}`);
    }
    const [first, ...warm] = times;
    const median = warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? first!;
    console.log(`  ${layout.padEnd(7)} first ${(first! / 1000).toFixed(2)} s, then median ${(median / 1000).toFixed(2)} s of ${warm.length}; ${Math.round(size / 1024)} KB`);
  }
} finally {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
