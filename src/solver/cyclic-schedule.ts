// Schedules for many rounds that are searched in a quotient space: a cyclic shift of the people
// maps each round onto the next, so one base round stands for `cycle` rounds and the search only
// has to place each orbit of pairs once instead of each pair (the symmetry reduction behind most
// known social-golfer schedules).
//
// People are points (x, i): x in Z_c on orbit i, plus up to a few fixed points the shift leaves in
// place. Round k of a base round B is B with every x replaced by x + k (mod c). A pair of points
// belongs to one orbit of pairs under the shift; a base round that seats a pair seats every pair of
// its orbit c / |orbit| times over the c rounds it generates. So the repeated pairs of the whole
// schedule, Σ max(0, meetings − 1), are Σ over pair orbits of |orbit| · max(0, cover − 1), kept
// incrementally while a tabu search swaps points between tables of the base rounds.
//
// For 32 people at 8 tables of 4 over 10 rounds, one base round under Z_10 (three orbits of 10 and
// two fixed points) has 48 pair orbits to cover with its 48 pairs; plain search over all ten rounds
// stalls near 20 repeated pairs, this reaches 10 in about a second.
import type { Rng } from './rng.ts';

export interface CyclicScheduleProblem {
  people: number;
  tables: number;
  /** Every table seats exactly this many; people = tables × size. */
  size: number;
  rounds: number;
}

export interface CyclicScheduleControl {
  rng: Rng;
  now: () => number;
  deadline: number;
  shouldStop?: () => boolean;
  /** Called with the repeated pairs of each better schedule found. */
  onImprove?: (repeatedPairs: number) => void;
}

export interface CyclicSchedule {
  /** table[r * people + i]: the table of person i in round r. */
  table: Int32Array;
  /** Σ over pairs of max(0, meetings − 1). */
  repeatedPairs: number;
  /** Length of the cycle that generated the rounds. */
  cycle: number;
  /** Tabu iterations of the run that found it. */
  iterations: number;
}

const MAX_PAIR_CELLS = 20_000_000;

/** Cycle lengths worth trying, longest (strongest reduction) first. */
export function cyclicCandidates(problem: CyclicScheduleProblem): number[] {
  const { people, tables, size, rounds } = problem;
  if (size < 2 || tables < 2 || people !== tables * size || rounds < 2) return [];
  const out: number[] = [];
  for (let c = rounds; c >= 2; c--) {
    if (rounds % c !== 0 || c > people) continue;
    // Fixed points meet each other in every generated round unless they sit at different tables.
    if (people % c > tables) continue;
    // The orbit table and the tabu list (per base round) hold a cell per pair of people: keep
    // them within about 80 MB together.
    if ((rounds / c + 1) * people * people > MAX_PAIR_CELLS) continue;
    out.push(c);
  }
  return out;
}

/**
 * The best schedule found over the candidate cycles, or null when no cycle fits the problem. The
 * longest cycle goes first; each run ends when it stops improving, and the cycles take turns, from
 * fresh random base rounds, until the deadline.
 */
export function searchCyclicSchedule(problem: CyclicScheduleProblem, control: CyclicScheduleControl): CyclicSchedule | null {
  const cycles = cyclicCandidates(problem);
  let best: CyclicSchedule | null = null;
  for (let k = 0; cycles.length > 0; k = (k + 1) % cycles.length) {
    if (control.now() >= control.deadline || control.shouldStop?.()) break;
    const found = new CyclicSearch(problem, cycles[k], control.rng).run(control);
    if (best === null || found.repeatedPairs < best.repeatedPairs) {
      best = found;
      control.onImprove?.(best.repeatedPairs);
    }
    if (best.repeatedPairs === 0) break;
  }
  return best;
}

class CyclicSearch {
  private readonly n: number;
  private readonly size: number;
  private readonly cycle: number;
  private readonly bases: number;
  private readonly rounds: number;
  /** Orbit of the pair (p, q), n × n. */
  private readonly orbitOf: Int32Array;
  /** Pairs in each orbit. */
  private readonly orbitSize: Int32Array;
  /** Times each pair of the orbit meets over the schedule. */
  private readonly cover: Int32Array;
  /** How much one base-round pair adds to its orbit's cover: cycle / orbit size. */
  private readonly step: Int32Array;
  /** Scratch for swapDelta: the orbits a swap touches. */
  private readonly touched: Int32Array;
  /** at[b * n + slot] = point; the table of a slot is slot / size. */
  private readonly at: Int32Array;
  private readonly slot: Int32Array;
  private f = 0;

  constructor(problem: CyclicScheduleProblem, cycle: number, private readonly rng: Rng) {
    const n = problem.people;
    this.n = n; this.size = problem.size; this.cycle = cycle; this.rounds = problem.rounds;
    this.bases = problem.rounds / cycle;
    const moving = Math.floor(n / cycle) * cycle;
    this.orbitOf = new Int32Array(n * n).fill(-1);
    const sizes: number[] = [];
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) {
      if (this.orbitOf[p * n + q] >= 0) continue;
      const id = sizes.length;
      let members = 0;
      for (let k = 0; k < cycle; k++) {
        const a = shift(p, k, cycle, moving), b = shift(q, k, cycle, moving);
        if (this.orbitOf[a * n + b] !== id) members++;
        this.orbitOf[a * n + b] = id;
        this.orbitOf[b * n + a] = id;
      }
      sizes.push(members);
    }
    this.orbitSize = Int32Array.from(sizes);
    this.cover = new Int32Array(sizes.length);
    this.step = Int32Array.from(sizes, (size) => cycle / size);
    this.touched = new Int32Array(4 * this.size);
    this.at = new Int32Array(this.bases * n);
    this.slot = new Int32Array(this.bases * n);
    for (let b = 0; b < this.bases; b++) {
      const order = Int32Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) { const j = rng.int(i + 1); const t = order[i]; order[i] = order[j]; order[j] = t; }
      for (let s = 0; s < n; s++) { this.at[b * n + s] = order[s]; this.slot[b * n + order[s]] = s; }
      for (let s = 0; s < n; s += this.size) {
        for (let u = s; u < s + this.size; u++) for (let v = u + 1; v < s + this.size; v++) this.cover_(this.at[b * n + u], this.at[b * n + v], 1);
      }
    }
    this.f = 0;
    for (let o = 0; o < sizes.length; o++) this.f += sizes[o] * Math.max(0, this.cover[o] - 1);
  }

  /** Adds a base-round pair (sign ±1) and returns the change in repeated pairs. */
  private cover_(p: number, q: number, sign: number): number {
    const o = this.orbitOf[p * this.n + q];
    const size = this.orbitSize[o];
    const before = size * Math.max(0, this.cover[o] - 1);
    this.cover[o] += sign * this.step[o];
    const delta = size * Math.max(0, this.cover[o] - 1) - before;
    this.f += delta;
    return delta;
  }

  /** Swaps points p and q (at different tables) in base round b; returns the change. */
  private swap(b: number, p: number, q: number): number {
    const { n, size, at, slot } = this;
    const sp = slot[b * n + p], sq = slot[b * n + q];
    const tp = sp - (sp % size), tq = sq - (sq % size);
    let delta = 0;
    for (let k = 0; k < size; k++) {
      const x = at[b * n + tp + k];
      if (x !== p) delta += this.cover_(p, x, -1) + this.cover_(q, x, 1);
      const y = at[b * n + tq + k];
      if (y !== q) delta += this.cover_(q, y, -1) + this.cover_(p, y, 1);
    }
    at[b * n + sp] = q; at[b * n + sq] = p;
    slot[b * n + p] = sq; slot[b * n + q] = sp;
    return delta;
  }

  /** The change swapping p and q in base round b would make, leaving everything as it was. */
  private swapDelta(b: number, p: number, q: number): number {
    const { n, size, at, slot, orbitOf, orbitSize, cover, step, touched } = this;
    const sp = slot[b * n + p], sq = slot[b * n + q];
    const tp = b * n + sp - (sp % size), tq = b * n + sq - (sq % size);
    // Orbits losing a pair go in touched[0..k), orbits gaining one after them, then all are undone.
    let k = 0;
    for (let j = 0; j < size; j++) {
      const x = at[tp + j];
      if (x !== p) touched[k++] = orbitOf[p * n + x];
      const y = at[tq + j];
      if (y !== q) touched[k++] = orbitOf[q * n + y];
    }
    const lost = k;
    for (let j = 0; j < size; j++) {
      const x = at[tp + j];
      if (x !== p) touched[k++] = orbitOf[q * n + x];
      const y = at[tq + j];
      if (y !== q) touched[k++] = orbitOf[p * n + y];
    }
    let delta = 0;
    for (let i = 0; i < k; i++) {
      const o = touched[i], c = cover[o];
      const before = c > 1 ? orbitSize[o] * (c - 1) : 0;
      const after = i < lost ? c - step[o] : c + step[o];
      cover[o] = after;
      delta += (after > 1 ? orbitSize[o] * (after - 1) : 0) - before;
    }
    for (let i = 0; i < k; i++) cover[touched[i]] += i < lost ? step[touched[i]] : -step[touched[i]];
    return delta;
  }

  run(control: CyclicScheduleControl): CyclicSchedule {
    const { n, size, bases, rng } = this;
    const tabu = new Int32Array(bases * n * n);
    const bestAt = this.at.slice();
    let bestF = this.f, iter = 0, lastImprove = 0, lastBest = 0;
    const stall = 200;
    // A run that has not found a better schedule for this many iterations gives way to the next.
    const patience = 20000;
    while (bestF > 0) {
      if ((iter & 63) === 0 && (control.now() >= control.deadline || control.shouldStop?.())) break;
      if (iter - lastBest > patience) break;
      iter++;
      let bestDelta = Infinity, ties = 0, bb = -1, bp = -1, bq = -1;
      for (let b = 0; b < bases; b++) {
        for (let p = 0; p < n; p++) {
          const tp = Math.floor(this.slot[b * n + p] / size);
          for (let q = p + 1; q < n; q++) {
            if (Math.floor(this.slot[b * n + q] / size) === tp) continue;
            const d = this.swapDelta(b, p, q);
            if (d > bestDelta) continue;
            if (tabu[(b * n + p) * n + q] > iter && this.f + d >= bestF) continue;
            if (d < bestDelta) { bestDelta = d; ties = 1; bb = b; bp = p; bq = q; }
            else if (rng.int(++ties) === 0) { bb = b; bp = p; bq = q; }
          }
        }
      }
      if (bb >= 0) {
        this.swap(bb, bp, bq);
        tabu[(bb * n + bp) * n + bq] = iter + 3 + rng.int(10);
      }
      if (this.f < bestF) {
        bestF = this.f;
        bestAt.set(this.at);
        lastImprove = lastBest = iter;
      } else if (iter - lastImprove > stall) {
        // Breakout: two random swaps, then carry on from there.
        for (let k = 0; k < 2; k++) {
          const b = rng.int(bases), p = rng.int(n), q = rng.int(n);
          if (Math.floor(this.slot[b * n + p] / size) !== Math.floor(this.slot[b * n + q] / size)) this.swap(b, p, q);
        }
        lastImprove = iter;
      }
    }
    return this.expand(bestAt, bestF, iter);
  }

  private expand(at: Int32Array, repeatedPairs: number, iterations: number): CyclicSchedule {
    const { n, size, cycle, bases } = this;
    const moving = Math.floor(n / cycle) * cycle;
    const table = new Int32Array(this.rounds * n);
    for (let b = 0; b < bases; b++) {
      for (let k = 0; k < cycle; k++) {
        const r = b * cycle + k;
        for (let s = 0; s < n; s++) table[r * n + shift(at[b * n + s], k, cycle, moving)] = Math.floor(s / size);
      }
    }
    return { table, repeatedPairs, cycle, iterations };
  }
}

/** Point p shifted k steps: points below `moving` lie on orbits of length c, the rest stay. */
function shift(p: number, k: number, c: number, moving: number): number {
  if (p >= moving) return p;
  const base = p - (p % c);
  return base + ((p % c) + k) % c;
}
