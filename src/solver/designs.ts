// Repeat-free schedules built from combinatorial designs instead of searched for. When nothing but
// repeats matters and the sizes fit a known design, the design is the answer: every pair of people
// meets at most once, which search alone often cannot reach (32 people at 8 tables of 4 over 9
// rounds: the cyclic search stalls at 3 repeated pairs, the design below has none).
//
// - Size 2: the round-robin circle method (2g − 1 rounds for 2g people).
// - g tables, g a prime power q, size s ≤ q: a resolvable transversal design over GF(q). People are
//   points (x, y), x < s, y in GF(q); in round m person (x, y) sits at table y − m·x. Two people in
//   different columns x ≠ x′ meet in exactly one round (m = (y − y′)/(x − x′)), people in the same
//   column never, giving q rounds. The columns then hold q people each who have never met, so when
//   s divides q each column is seated by the same construction for q/s tables of s, recursively:
//   s = q adds the affine plane's last parallel class (AG(2, q): q + 1 rounds, e.g. 16 at 4 × 4
//   over 5), 8 × 4 gives 8 + 1 = 9 rounds (the same count as the spread of AG(5, 2)), 16 × 4 gives
//   16 + 5 = 21 and 9 × 3 gives 9 + 4 = 13 (a Kirkman triple system on 27 points).
// - Explicit schedules where no construction above applies: Kirkman's fifteen schoolgirls (5 × 3
//   over 7 rounds, a Kirkman triple system of order 15), and the social golfer schedule for 32 at
//   8 tables of 4 over 10 rounds (first found by Aguado in 2004; a resolvable 4-GDD of type 2^16: everyone meets all
//   but one other person, so it cannot be extended, and it also lifts GF(32) × 4 to 42 rounds).
// - w ≤ g rounds of g tables of s ≤ g from a difference matrix over Z_g, found by a short
//   backtracking search: a w × s array A with, for every two columns x ≠ x′, the w differences
//   A[m][x] − A[m][x′] all distinct mod g. People are (x, y), y in Z_g; in round m person (x, y)
//   sits at table y + A[m][x], so each table holds one person per column, and (x, y), (x′, y′)
//   meet only in the round where A[m][x′] − A[m][x] = y − y′. Over GF(q) the multiplication table
//   is such an array; this covers sizes no field gives, e.g. 120 people at 15 tables of 8 over 8
//   rounds (found after 173 search nodes).
// - A resolvable 2-(40, 4, 1) design for 10 tables of 4 over 13 rounds (everyone meets everyone
//   exactly once), 1-rotational over Z13: people are 13·c + x (c < 3, x in Z13) and a fixed
//   person 39; round r is the base round with every x shifted by r.

export interface DesignSchedule {
  /** table[r * people + i]: the table of person i in round r (0-based). */
  table: Int32Array;
  people: number;
  rounds: number;
  /** Which construction built it, for reports. */
  source: string;
}

/** A finite field GF(q), q = p^k, as addition and multiplication tables over the elements 0..q−1. */
interface Field {
  q: number;
  add: Int32Array;
  mul: Int32Array;
  neg: Int32Array;
}

const fields = new Map<number, Field | null>();

/** p and k when q = p^k for a prime p, else null. */
function primePower(q: number): { p: number; k: number } | null {
  if (q < 2) return null;
  for (let p = 2; p * p <= q; p++) {
    if (q % p !== 0) continue;
    let k = 0, r = q;
    while (r % p === 0) { r /= p; k++; }
    return r === 1 ? { p, k } : null;
  }
  return { p: q, k: 1 };
}

/** Largest prime field, and largest prime-power field, this module builds tables for. */
const MAX_PRIME_FIELD = 1024;
const MAX_POWER_FIELD = 256;

/** Coefficients (low first) of the remainder of a modulo the monic polynomial m, over Z_p. */
function polyMod(a: number[], m: number[], p: number): number[] {
  const r = a.slice();
  const d = m.length - 1;
  for (let deg = r.length - 1; deg >= d; deg--) {
    const c = r[deg] % p;
    if (c === 0) continue;
    for (let i = 0; i <= d; i++) r[deg - d + i] = (((r[deg - d + i] - c * m[i]) % p) + p) % p;
  }
  return r.slice(0, d).map((x) => ((x % p) + p) % p);
}

/** The monic polynomial of degree k over Z_p given by its low coefficients encoded in base p. */
function monic(code: number, k: number, p: number): number[] {
  const m: number[] = [];
  for (let i = 0; i < k; i++) { m.push(code % p); code = Math.floor(code / p); }
  m.push(1);
  return m;
}

/** A monic irreducible polynomial of degree k over Z_p: no monic factor of degree 1..k/2. */
function irreducible(p: number, k: number): number[] | null {
  for (let code = 0; code < p ** k; code++) {
    const f = monic(code, k, p);
    let reducible = false;
    for (let d = 1; d <= k / 2 && !reducible; d++) {
      for (let c = 0; c < p ** d && !reducible; c++) if (polyMod(f, monic(c, d, p), p).every((x) => x === 0)) reducible = true;
    }
    if (!reducible) return f;
  }
  return null;
}

function galoisField(q: number): Field | null {
  if (fields.has(q)) return fields.get(q)!;
  const pk = primePower(q);
  let field: Field | null = null;
  if (pk && (pk.k === 1 ? q <= MAX_PRIME_FIELD : q <= MAX_POWER_FIELD)) {
    const { p, k } = pk;
    const add = new Int32Array(q * q), mul = new Int32Array(q * q), neg = new Int32Array(q);
    if (k === 1) {
      for (let a = 0; a < q; a++) {
        neg[a] = (q - a) % q;
        for (let b = 0; b < q; b++) { add[a * q + b] = (a + b) % q; mul[a * q + b] = (a * b) % q; }
      }
    } else {
      // Elements are polynomials of degree < k over Z_p, encoded in base p; products are reduced
      // modulo an irreducible polynomial of degree k.
      const f = irreducible(p, k)!;
      const digits = (e: number): number[] => { const d: number[] = []; for (let i = 0; i < k; i++) { d.push(e % p); e = Math.floor(e / p); } return d; };
      const encode = (d: number[]): number => { let e = 0; for (let i = k - 1; i >= 0; i--) e = e * p + d[i]; return e; };
      const all = Array.from({ length: q }, (_, e) => digits(e));
      for (let a = 0; a < q; a++) {
        neg[a] = encode(all[a].map((x) => (p - x) % p));
        for (let b = 0; b < q; b++) {
          add[a * q + b] = encode(all[a].map((x, i) => (x + all[b][i]) % p));
          const prod = new Array<number>(2 * k - 1).fill(0);
          for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) prod[i + j] += all[a][i] * all[b][j];
          mul[a * q + b] = encode(polyMod(prod, f, p));
        }
      }
    }
    field = { q, add, mul, neg };
  }
  fields.set(q, field);
  return field;
}

/** Kirkman's fifteen schoolgirls: 7 rounds of 5 tables of 3 (a Kirkman triple system of order 15). */
const KIRKMAN_15: number[][][] = [
  [[0, 7, 9], [1, 12, 13], [2, 10, 14], [3, 4, 6], [5, 8, 11]],
  [[0, 4, 5], [1, 8, 10], [2, 7, 13], [3, 11, 14], [6, 9, 12]],
  [[0, 10, 13], [1, 5, 6], [2, 9, 11], [3, 7, 8], [4, 12, 14]],
  [[0, 2, 6], [1, 7, 11], [3, 10, 12], [4, 8, 9], [5, 13, 14]],
  [[0, 1, 3], [2, 8, 12], [4, 11, 13], [5, 9, 10], [6, 7, 14]],
  [[0, 8, 14], [1, 2, 4], [3, 9, 13], [5, 7, 12], [6, 10, 11]],
  [[0, 11, 12], [1, 9, 14], [2, 3, 5], [4, 7, 10], [6, 8, 13]],
];

/**
 * 32 people at 8 tables of 4 over 10 rounds with nobody meeting twice: the social golfer problem's
 * original instance, long out of reach for search. Each person meets everyone except one other
 * (i and i + 16 never meet), so an 11th round would have to seat exactly those pairs.
 */
const GOLFERS_32: number[][][] = [
  [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23], [24, 25, 26, 27], [28, 29, 30, 31]],
  [[0, 4, 8, 28], [1, 7, 18, 22], [2, 6, 17, 23], [3, 5, 10, 31], [9, 14, 27, 29], [11, 13, 25, 30], [12, 16, 20, 24], [15, 19, 21, 26]],
  [[0, 21, 27, 30], [1, 23, 26, 28], [2, 9, 15, 20], [3, 6, 13, 24], [4, 18, 25, 31], [5, 11, 14, 16], [7, 10, 12, 17], [8, 19, 22, 29]],
  [[0, 11, 18, 24], [1, 10, 19, 25], [2, 8, 16, 27], [3, 9, 17, 26], [4, 12, 23, 29], [5, 15, 22, 30], [6, 14, 21, 31], [7, 13, 20, 28]],
  [[0, 10, 13, 22], [1, 4, 15, 27], [2, 21, 25, 28], [3, 7, 8, 30], [5, 9, 12, 18], [6, 16, 26, 29], [11, 17, 20, 31], [14, 19, 23, 24]],
  [[0, 9, 23, 31], [1, 5, 24, 29], [2, 12, 19, 30], [3, 14, 18, 28], [4, 11, 22, 26], [6, 10, 20, 27], [7, 15, 16, 25], [8, 13, 17, 21]],
  [[0, 5, 19, 20], [1, 6, 9, 30], [2, 7, 11, 29], [3, 4, 16, 21], [8, 12, 26, 31], [10, 15, 24, 28], [13, 18, 23, 27], [14, 17, 22, 25]],
  [[0, 15, 17, 29], [1, 13, 16, 31], [2, 4, 10, 14], [3, 12, 22, 27], [5, 8, 23, 25], [6, 11, 19, 28], [7, 9, 21, 24], [18, 20, 26, 30]],
  [[0, 6, 12, 25], [1, 8, 14, 20], [2, 5, 13, 26], [3, 11, 15, 23], [4, 17, 24, 30], [7, 19, 27, 31], [9, 16, 22, 28], [10, 18, 21, 29]],
  [[0, 7, 14, 26], [1, 11, 12, 21], [2, 22, 24, 31], [3, 20, 25, 29], [4, 9, 13, 19], [5, 17, 27, 28], [6, 8, 15, 18], [10, 16, 23, 30]],
];

/** Base round of the 1-rotational resolvable 2-(40, 4, 1) design (see the header). */
const BASE_40: number[][] = [
  [0, 13, 26, 39], [1, 12, 18, 21], [2, 11, 29, 36], [3, 10, 15, 24], [4, 9, 19, 20],
  [5, 8, 27, 38], [6, 7, 30, 35], [14, 25, 31, 34], [16, 23, 28, 37], [17, 22, 32, 33],
];

/** Round r of the Z13 development of BASE_40: person 13·c + x moves to 13·c + (x + r) mod 13. */
function developed40(): number[][][] {
  const shift = (p: number, r: number): number => (p === 39 ? 39 : Math.floor(p / 13) * 13 + ((p % 13) + r) % 13);
  return Array.from({ length: 13 }, (_, r) => BASE_40.map((block) => block.map((p) => shift(p, r))));
}

interface Stored { tables: number; size: number; rounds: () => number[][][]; source: string }
const STORED: Stored[] = [
  { tables: 5, size: 3, rounds: () => KIRKMAN_15, source: 'Kirkman triple system KTS(15)' },
  { tables: 8, size: 4, rounds: () => GOLFERS_32, source: 'social golfer schedule 8-4-10' },
  { tables: 10, size: 4, rounds: developed40, source: 'resolvable 2-(40, 4, 1) design, 1-rotational over Z13' },
];

/** Most rounds the constructions here reach for g tables of s with nobody meeting twice (0: none; 1 for size 1). */
export function maxDesignRounds(tables: number, size: number): number {
  return build(tables, size, Infinity)?.rounds ?? 0;
}

/**
 * A repeat-free schedule of `rounds` rounds for `tables` × `size` people, or null when no
 * construction here reaches that many rounds. Never throws.
 */
export function designSchedule(tables: number, size: number, rounds: number): DesignSchedule | null {
  if (!Number.isInteger(tables) || !Number.isInteger(size) || !Number.isInteger(rounds) || tables < 1 || size < 1 || rounds < 1) return null;
  const found = build(tables, size, rounds);
  return found && found.rounds >= rounds ? truncate(found, rounds) : null;
}

function truncate(s: DesignSchedule, rounds: number): DesignSchedule {
  return rounds === s.rounds ? s : { ...s, rounds, table: s.table.slice(0, rounds * s.people) };
}

/** The construction with the most rounds (at least `want` when one has them), or null. */
function build(g: number, s: number, want: number): DesignSchedule | null {
  const n = g * s;
  if (n > 1_000_000) return null;
  const candidates: (() => DesignSchedule | null)[] = [];
  if (s === 1 || g === 1) {
    // Nobody can meet anybody (size 1: any number of rounds), or everyone meets everyone (one table).
    const rounds = s === 1 ? (Number.isFinite(want) ? want : 1) : 1;
    return { table: new Int32Array(rounds * n).map((_, k) => (s === 1 ? k % n : 0)), people: n, rounds, source: s === 1 ? 'one per table' : 'one table' };
  }
  // Any seating is repeat-free for one round.
  candidates.push(() => ({ table: Int32Array.from({ length: n }, (_, i) => Math.floor(i / s)), people: n, rounds: 1, source: 'one round' }));
  if (Number.isFinite(want) && want > 1 && want <= g && s <= g) candidates.push(() => differenceSchedule(g, s, want));
  if (s === 2) candidates.push(() => roundRobin(g));
  for (const st of STORED) if (st.tables === g && st.size === s) candidates.push(() => stored(st));
  if (s <= g && galoisField(g)) candidates.push(() => transversal(g, s, want));
  let best: DesignSchedule | null = null;
  for (const make of candidates.reverse()) {
    const sched = make();
    if (sched && (best === null || sched.rounds > best.rounds)) best = sched;
    if (best && best.rounds >= want) break;
  }
  return best;
}

function stored(st: Stored): DesignSchedule {
  const rounds = st.rounds();
  const n = st.tables * st.size, R = rounds.length;
  const table = new Int32Array(R * n);
  rounds.forEach((round, r) => round.forEach((members, t) => { for (const i of members) table[r * n + i] = t; }));
  return { table, people: n, rounds: R, source: st.source };
}

/** Circle method: person 2g − 1 stays, the others rotate; 2g − 1 rounds of g pairs. */
function roundRobin(g: number): DesignSchedule {
  const n = 2 * g, R = n - 1, m = n - 1;
  const table = new Int32Array(R * n);
  for (let r = 0; r < R; r++) {
    table[r * n + m] = 0;
    table[r * n + r] = 0;
    for (let k = 1; k < g; k++) {
      table[r * n + ((r + k) % m)] = k;
      table[r * n + ((r - k + m) % m)] = k;
    }
  }
  return { table, people: n, rounds: R, source: 'round robin' };
}

/** Resolvable transversal design over GF(q), plus a schedule inside each column when s divides q. */
function transversal(q: number, s: number, want: number): DesignSchedule | null {
  const field = galoisField(q);
  if (!field) return null;
  const n = s * q;
  const inner = q % s === 0 && want > q ? build(q / s, s, want - q) : null;
  const extra = inner ? inner.rounds : 0;
  const R = Math.min(q + extra, Number.isFinite(want) ? Math.max(want, 1) : q + extra);
  const table = new Int32Array(R * n);
  const { add, mul, neg } = field;
  for (let r = 0; r < Math.min(R, q); r++) {
    for (let x = 0; x < s; x++) {
      const mx = neg[mul[r * q + x]];
      for (let y = 0; y < q; y++) table[r * n + x * q + y] = add[y * q + mx];
    }
  }
  for (let r = q; r < R; r++) {
    const k = r - q, per = q / s;
    for (let x = 0; x < s; x++) for (let y = 0; y < q; y++) table[r * n + x * q + y] = x * per + inner!.table[k * q + y];
  }
  const source = `transversal design over GF(${q})` + (R > q ? ` with ${R - q} more round${R - q > 1 ? 's' : ''} inside its columns` : '');
  return { table, people: n, rounds: R, source };
}

/**
 * Nodes the difference-matrix search may visit before it gives up (about 35 ms); sizes it finds
 * at all it found within a few thousand in trials (15-8-8: 173, 21-8-12: 3,464), 20-10-10 took
 * 381,033 and is left to the search.
 */
const DIFFERENCE_NODES = 20_000;
const differenceMatrices = new Map<string, Int32Array | null>();

/**
 * A w × s difference matrix over Z_g (row-major), with row 0 and column 0 zero, or null when the
 * backtracking search finds none within DIFFERENCE_NODES. Deterministic, so results are cached.
 */
function differenceMatrix(g: number, s: number, w: number): Int32Array | null {
  const key = `${g}/${s}/${w}`;
  if (differenceMatrices.has(key)) return differenceMatrices.get(key)!;
  const A = new Int32Array(w * s);
  // used[(x′ · s + x) · g + d]: rows already give columns x′ < x the difference d.
  const used = new Uint8Array(s * s * g);
  for (let x = 1; x < s; x++) for (let xp = 0; xp < x; xp++) used[(xp * s + x) * g] = 1;
  const cells: number[] = [];
  for (let x = 1; x < s; x++) for (let m = 1; m < w; m++) cells.push(m * s + x);
  const value = new Int32Array(cells.length).fill(-1);
  let nodes = 0, k = 0;
  const mark = (cell: number, on: 0 | 1): void => {
    const m = Math.floor(cell / s), x = cell % s, v = A[cell];
    for (let xp = 0; xp < x; xp++) used[(xp * s + x) * g + ((v - A[m * s + xp] + g) % g)] = on;
  };
  // Iterative depth-first search over the cells column by column, values in increasing order.
  while (k >= 0 && k < cells.length) {
    const cell = cells[k], m = Math.floor(cell / s), x = cell % s;
    if (value[k] >= 0) mark(cell, 0);
    let v = value[k] + 1;
    for (; v < g; v++) {
      let free = true;
      for (let xp = 0; xp < x && free; xp++) if (used[(xp * s + x) * g + ((v - A[m * s + xp] + g) % g)]) free = false;
      if (free) break;
    }
    if (v === g || ++nodes > DIFFERENCE_NODES) {
      if (v === g) { value[k] = -1; k--; continue; }
      k = -1;
      break;
    }
    value[k] = v;
    A[cell] = v;
    mark(cell, 1);
    k++;
  }
  const found = k === cells.length ? A : null;
  differenceMatrices.set(key, found);
  return found;
}

/** Person x · g + y sits at table y + A[m][x] (mod g) in round m; null when no matrix is found. */
function differenceSchedule(g: number, s: number, w: number): DesignSchedule | null {
  const A = differenceMatrix(g, s, w);
  if (!A) return null;
  const n = g * s, table = new Int32Array(w * n);
  for (let m = 0; m < w; m++) for (let x = 0; x < s; x++) for (let y = 0; y < g; y++) table[m * n + x * g + y] = (y + A[m * s + x]) % g;
  return { table, people: n, rounds: w, source: `difference matrix over Z${g}` };
}
