// Seating benchmark: a Holbæk-sized summit (168 people, 19 tables, 3 rounds, 2 s) and the social
// golfer case (32 people, 8 tables of 4, 10 rounds, 60 s). Prints repeated pairs, fewest new
// contacts, same-value pairs against their lower bound, time and memory.
//   npm run bench:seating -- [--seed N] [--summit-seconds S] [--golfer-seconds S] [--only summit|golfer]
import { performance } from 'node:perf_hooks';
import { planSeating } from '../src/solver/seating.ts';
import { createRng } from '../src/solver/rng.ts';
import type { Person, SeatingProblem } from '../src/solver/problem.ts';
import type { SeatingResult } from '../src/solver/seating.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1] : fallback;
};
const seed = Number(flag('--seed', '1'));
const summitSeconds = Number(flag('--summit-seconds', '2'));
const golferSeconds = Number(flag('--golfer-seconds', '60'));
const only = flag('--only', 'all');

/** Demo populations of Holbæk Kommune's 18 local areas (fictitious, "fiktive demo-tal"). */
const areas: [string, number][] = [
  ['Holbæk', 32000], ['Jyderup', 5500], ['Tølløse', 5000], ['Svinninge', 3600], ['Vipperød', 3300],
  ['Regstrup', 3300], ['Mørkøv', 2500], ['Tuse', 2200], ['Stestrup', 2100], ['Gislinge', 2000],
  ['Store Merløse', 1900], ['Ugerløse', 1900], ['Tuse Næs', 1900], ['Undløse', 1800], ['Kundby', 1600],
  ['Hagested', 1300], ['Knabstrup', 1200], ['Orø', 900],
];

/** Largest-remainder (Hare) apportionment of `seats` over the areas by population. */
function hare(seats: number): number[] {
  const total = areas.reduce((s, [, p]) => s + p, 0);
  const exact = areas.map(([, p]) => (seats * p) / total);
  const out = exact.map(Math.floor);
  let left = seats - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) { if (left-- <= 0) break; out[i]++; }
  return out;
}

/** 168 people in the seed's six groups, areas spread deterministically from `seed`. */
export function holbaekSummit(seedValue: number): SeatingProblem {
  const rng = createRng(seedValue);
  const people: Person[] = [];
  const weightedArea = (): string => {
    const total = areas.reduce((s, [, p]) => s + p, 0);
    let x = rng.next() * total;
    for (const [name, p] of areas) { x -= p; if (x < 0) return name; }
    return areas[areas.length - 1][0];
  };
  const add = (sector: string, area: string, facilitator = false): void => {
    people.push({ id: `p${people.length + 1}`, attributes: { sector, area }, facilitator });
  };
  hare(76).forEach((k, a) => { for (let c = 0; c < k; c++) add('Borgere', areas[a][0]); });
  hare(31).forEach((k, a) => { for (let c = 0; c < k; c++) add('Kommunalpolitikere', areas[a][0]); });
  for (let c = 0; c < 8; c++) add('Erhvervsliv', weightedArea());
  for (const [name] of areas) add('Skoler og daginstitutioner', name);
  hare(16).forEach((k, a) => { for (let c = 0; c < k; c++) add('Kommunale medarbejdere', areas[a][0]); });
  for (let c = 0; c < 19; c++) add('Bordfacilitatorer', weightedArea(), true);
  const tables = Array.from({ length: 19 }, (_, t) => ({ id: `T${t + 1}`, min: 8, max: 9 }));
  // A few rules of the kind coordinators add: a citizen with a companion, two feuding pairs, a
  // politician who must not sit with a business owner, a wheelchair seat and a speaker's round.
  const id = (sector: string, k: number): string => people.filter((p) => p.attributes?.sector === sector)[k].id;
  return {
    people, tables, rounds: 3, weights: { sector: 1, area: 1 },
    keepTogether: [[id('Borgere', 3), id('Borgere', 40)], [id('Kommunale medarbejdere', 2), id('Skoler og daginstitutioner', 5)]],
    keepApart: [[id('Borgere', 0), id('Borgere', 1)], [id('Kommunalpolitikere', 0), id('Erhvervsliv', 0)], [id('Kommunalpolitikere', 4), id('Kommunalpolitikere', 5)]],
    fixed: [{ person: id('Borgere', 10), table: 'T1' }, { person: id('Kommunalpolitikere', 7), table: 'T5', round: 2 }],
  };
}

export function socialGolfers(): SeatingProblem {
  return {
    people: Array.from({ length: 32 }, (_, i) => ({ id: `g${i + 1}` })),
    tables: Array.from({ length: 8 }, (_, t) => ({ id: `G${t + 1}`, min: 4, max: 4 })),
    rounds: 10,
  };
}

function run(name: string, problem: SeatingProblem, seconds: number): { result: SeatingResult; ms: number; rss: number } {
  const t0 = performance.now();
  const result = planSeating(problem, { seed, budgetMs: seconds * 1000, now: () => performance.now() });
  const ms = performance.now() - t0;
  void name;
  return { result, ms, rss: process.memoryUsage().rss / 2 ** 20 };
}

const rows: string[][] = [];
const cases: [string, () => SeatingProblem, number][] = [];
if (only === 'all' || only === 'summit') cases.push(['Holbæk 168 × 19 tables × 3 rounds', () => holbaekSummit(seed), summitSeconds]);
if (only === 'all' || only === 'golfer') cases.push(['Social golfers 32 × 8×4 × 10 rounds', socialGolfers, golferSeconds]);
for (const [name, make, seconds] of cases) {
  const { result, ms, rss } = run(name, make(), seconds);
  const s = result.score;
  const attrs = Object.keys(s.sameValuePairs).map((a) => {
    const lb = s.sameValuePairsLowerBound[a];
    const over = lb > 0 ? ((s.sameValuePairs[a] - lb) / lb) * 100 : 0;
    return `${a} ${s.sameValuePairs[a]}/${lb} (+${over.toFixed(1)}%, uneven ${s.unevenSpread[a]})`;
  }).join('; ') || '—';
  rows.push([name, String(result.violations.length), `${s.repeatedPairs} (${s.forcedRepeatedPairs})`, String(s.fewestNewPeople), attrs,
    `${(ms / 1000).toFixed(2)} s`, `${result.stats.iterations}`, result.stats.start === 'cyclic' ? `cyclic (${result.stats.cycle})` : 'greedy', `${rss.toFixed(0)} MiB`]);
  if (result.violations.length) for (const v of result.violations.slice(0, 5)) console.error(`  ${v.code}: ${v.message}`);
}
const head = ['case', 'violations', 'repeated pairs (forced)', 'fewest new', 'same-value pairs / lower bound', 'time', 'iterations', 'start', 'rss'];
console.log(`seed ${seed}`);
console.log('| ' + head.join(' | ') + ' |');
console.log('|' + head.map(() => '---').join('|') + '|');
for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
