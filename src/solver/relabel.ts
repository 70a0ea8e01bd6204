// Chooses who sits where in a repeat-free design. Any one-to-one mapping of people onto the
// design's points keeps "nobody meets twice", so only the attribute and keep-apart costs
// (pairCost) depend on it: the search below moves over label swaps, never over seats, and every
// plan it visits keeps 0 repeats by construction. It is an iterated local search: first-improvement
// descent over all label swaps in a random order, then a kick of a few random swaps, keeping the
// best mapping seen and going on from a kicked plan only when it is at least as good.
import type { Rng } from './rng.ts';
import { shuffle } from './rng.ts';

export interface RelabelInput {
  /** design[r * n + p]: the table of design point p in round r. */
  design: Int32Array;
  points: number;
  rounds: number;
  tables: number;
  /** pairCost[u * n + v]: cost per round that u and v share a table (symmetric). */
  pairCost: Float64Array;
}

export interface RelabelControl {
  rng: Rng;
  now: () => number;
  deadline: number;
  shouldStop?: () => boolean;
}

export interface RelabelResult {
  /** labelOf[p]: the unit seated on design point p. */
  labelOf: Int32Array;
  cost: number;
  swaps: number;
}

/** The cost of seating units by `labelOf` on the design: Σ over rounds and tables of pairCost. */
export function relabelCost(input: RelabelInput, labelOf: Int32Array): number {
  const { design, points: n, rounds, pairCost } = input;
  let cost = 0;
  for (let r = 0; r < rounds; r++) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
      if (design[r * n + a] === design[r * n + b]) cost += pairCost[labelOf[a] * n + labelOf[b]];
    }
  }
  return cost;
}

const KICK_SWAPS = 3;
const CHECK_WORK = 1 << 18;

export function relabelDesign(input: RelabelInput, control: RelabelControl): RelabelResult {
  const { design, points: n, rounds: R, tables: T, pairCost } = input;
  const size = n / T;
  // tableMates[(r * n + p) * (size − 1) + k]: the other points at p's table in round r.
  const mates = new Int32Array(R * n * (size - 1));
  for (let r = 0; r < R; r++) {
    const at: number[][] = Array.from({ length: T }, () => []);
    for (let p = 0; p < n; p++) at[design[r * n + p]].push(p);
    for (const list of at) for (const p of list) {
      let k = 0;
      for (const q of list) if (q !== p) mates[(r * n + p) * (size - 1) + k++] = q;
    }
  }
  const labelOf = Int32Array.from({ length: n }, (_, p) => p);
  shuffle(control.rng, labelOf);

  // Change in cost when the units on points a and b trade places.
  const delta = (a: number, b: number): number => {
    const ua = labelOf[a], ub = labelOf[b];
    let d = 0;
    for (let r = 0; r < R; r++) {
      if (design[r * n + a] === design[r * n + b]) continue;
      const oa = (r * n + a) * (size - 1), ob = (r * n + b) * (size - 1);
      for (let k = 0; k < size - 1; k++) {
        const uc = labelOf[mates[oa + k]];
        d += pairCost[ub * n + uc] - pairCost[ua * n + uc];
        const ud = labelOf[mates[ob + k]];
        d += pairCost[ua * n + ud] - pairCost[ub * n + ud];
      }
    }
    return d;
  };
  const swap = (a: number, b: number): void => { const t = labelOf[a]; labelOf[a] = labelOf[b]; labelOf[b] = t; };
  const out = (): boolean => control.now() >= control.deadline || (control.shouldStop?.() ?? false);
  // The clock is read after about CHECK_WORK delta terms, not per swap: cheap, and the same
  // number of reads on a ticking clock for the same sizes.
  const rowWork = n * R * (size - 1);

  const order = Int32Array.from({ length: n }, (_, p) => p);
  let cost = relabelCost(input, labelOf), swaps = 0;
  /** First-improvement descent to a local optimum (or the deadline); answers false on the deadline. */
  const descend = (): boolean => {
    for (;;) {
      let improved = false, work = 0;
      shuffle(control.rng, order);
      for (let x = 0; x < n; x++) {
        work += rowWork;
        if (work >= CHECK_WORK) { work = 0; if (out()) return false; }
        const a = order[x];
        for (let b = 0; b < n; b++) {
          if (b === a) continue;
          const d = delta(a, b);
          if (d < -1e-9) { swap(a, b); cost += d; swaps++; improved = true; }
        }
      }
      if (out()) return false;
      if (!improved) return true;
    }
  };

  let best = labelOf.slice(), bestCost = cost;
  while (cost > 1e-9 && descend()) {
    if (cost < bestCost - 1e-9) { best = labelOf.slice(); bestCost = cost; }
    else if (cost > bestCost + 1e-9) { labelOf.set(best); cost = bestCost; }
    if (bestCost <= 1e-9) break;
    for (let k = 0; k < KICK_SWAPS; k++) {
      const a = control.rng.int(n), b = control.rng.int(n);
      if (a === b) continue;
      cost += delta(a, b);
      swap(a, b);
    }
  }
  if (cost < bestCost - 1e-9) { best = labelOf.slice(); bestCost = cost; }
  return { labelOf: best, cost: bestCost, swaps };
}
