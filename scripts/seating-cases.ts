// Seating problems for the benchmarks: the Holbæk-sized summit, pure repeat (social golfer) sizes,
// a 120-person event and large regional rosters with the demo's skewed areas.
import { createRng } from '../src/solver/rng.ts';
import type { Person, SeatingProblem } from '../src/solver/problem.ts';

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

/** g tables of s over w rounds, nothing but repeats to avoid. */
export function golfers(g: number, s: number, w: number): SeatingProblem {
  return {
    people: Array.from({ length: g * s }, (_, i) => ({ id: `g${i + 1}` })),
    tables: Array.from({ length: g }, (_, t) => ({ id: `G${t + 1}`, min: s, max: s })),
    rounds: w,
  };
}

/** 120 people at 15 tables of 8 over 8 rounds, five sectors and the demo's areas, no other rules. */
export function event120(seedValue: number): SeatingProblem {
  const rng = createRng(seedValue);
  const sectors = ['Borgere', 'Kommunalpolitikere', 'Erhvervsliv', 'Foreninger', 'Kommunale medarbejdere'];
  const people: Person[] = Array.from({ length: 120 }, (_, i) => ({ id: `p${i + 1}`, attributes: { sector: sectors[i % 5], area: weightedArea(rng.next()) } }));
  return { people, tables: Array.from({ length: 15 }, (_, t) => ({ id: `T${t + 1}`, min: 8, max: 8 })), rounds: 8, weights: { sector: 1, area: 1 } };
}

function weightedArea(u: number): string {
  const total = areas.reduce((s, [, p]) => s + p, 0);
  let x = u * total;
  for (const [name, p] of areas) { x -= p; if (x < 0) return name; }
  return areas[areas.length - 1][0];
}

/**
 * A regional roster as real ones are skewed: areas drawn from the demo's populations (Holbæk town
 * holds 43 %), politicians drawn from the two largest towns only, one facilitator per table who
 * stays, and a keep-apart pair per hundred people. Tables seat size − 1 to size.
 */
export function regionalRoster(people: number, tables: number, rounds: number, seedValue: number): SeatingProblem {
  const rng = createRng(seedValue);
  const list: Person[] = [];
  for (let t = 0; t < tables; t++) list.push({ id: `f${t + 1}`, facilitator: true, attributes: { sector: 'Bordfacilitatorer', area: weightedArea(rng.next()) } });
  const sectors: [string, number][] = [['Borgere', 0.45], ['Kommunalpolitikere', 0.15], ['Erhvervsliv', 0.15], ['Foreninger', 0.15], ['Kommunale medarbejdere', 0.1]];
  for (let i = list.length; i < people; i++) {
    let x = rng.next(), sector = sectors[0][0];
    for (const [name, share] of sectors) { x -= share; if (x < 0) { sector = name; break; } }
    const area = sector === 'Kommunalpolitikere' ? (rng.next() < 0.75 ? 'Holbæk' : 'Jyderup') : weightedArea(rng.next());
    list.push({ id: `p${i + 1}`, attributes: { sector, area } });
  }
  const size = Math.ceil(people / tables);
  const keepApart: [string, string][] = [];
  for (let k = 0; k < Math.floor(people / 100); k++) keepApart.push([list[tables + rng.int(people - tables)].id, list[tables + rng.int(people - tables)].id]);
  return {
    people: list, rounds, weights: { sector: 1, area: 1 },
    tables: Array.from({ length: tables }, (_, t) => ({ id: `T${t + 1}`, min: size - 1, max: size })),
    keepApart: keepApart.filter(([a, b]) => a !== b),
  };
}
