// Multi-round table search. Works on "units": a keep-together group is one unit with the weight of
// its people, everyone else is a unit of one. State per open round: each unit's table, table loads,
// member lists, and a contribution matrix C[r][u][t] = Σ over units w at table t of base(u, w), where
//   base(u, w) = attribute cost + keep-apart penalty + λ·(earlier meetings + |u||w|·meetings so far).
// With the repeat cost φ(k) = k(k−1)/2 per person pair, one more meeting of a pair that has met k
// times costs λ·k, which makes every move and swap delta O(1) from C (docs/solver.md). Applying a
// move costs O(units + rounds × table size).
//
// The search is Dotú & Van Hentenryck's conflict-directed tabu search generalised to weights:
// each iteration applies the best non-tabu move or swap in any round that involves a unit with a
// positive cost at its table; a unit may not return to a table it left for a random tenure;
// aspiration lets a tabu step through when it beats the best; a random breakout follows a stall.
import type { Rng } from './rng.ts';

export interface UnitProblem {
  units: number;
  tables: number;
  /** Open rounds only. */
  rounds: number;
  weight: Int32Array;
  tableMin: Int32Array;
  tableMax: Int32Array;
  /** pin[r * U + u] = table or −1. */
  pin: Int32Array;
  /** Cost per round that u and v share a table, excluding repeats: attributes and keep-apart. */
  pairCost: Float64Array;
  /** Meetings of the units' people before the open rounds (summed over person pairs). */
  history: Float64Array;
  repeatWeight: number;
  /** moveCost[(r * U + u) * T + t]: cost of seating u at t in round r (re-planning), or null. */
  moveCost: Float64Array | null;
  /** Preferred start table per (r, u), e.g. the previous plan, or −1. */
  start: Int32Array | null;
  /**
   * 1 for units the greedy start places before others of the same weight: units in a keep-apart
   * pair (facilitators among them), which need a free table while there is still room to choose.
   */
  placeFirst?: Uint8Array;
}

export interface UnitSearchControl {
  rng: Rng;
  now: () => number;
  deadline: number;
  shouldStop?: () => boolean;
  onImprove?: (cost: number) => void;
}

export interface UnitSearchResult {
  /** table[r * U + u] */
  table: Int32Array;
  cost: number;
  iterations: number;
}

export class UnitSearch {
  readonly U: number;
  readonly T: number;
  readonly R: number;
  readonly pr: UnitProblem;
  readonly tab: Int32Array;
  readonly load: Int32Array;
  readonly members: Int32Array;
  readonly count: Int32Array;
  readonly slot: Int32Array;
  readonly C: Float64Array;
  readonly met: Int32Array;
  readonly movable: Int32Array[];
  f = 0;

  constructor(pr: UnitProblem) {
    const U = pr.units, T = pr.tables, R = pr.rounds;
    this.U = U; this.T = T; this.R = R; this.pr = pr;
    this.tab = new Int32Array(R * U).fill(-1);
    this.load = new Int32Array(R * T);
    this.members = new Int32Array(R * T * U);
    this.count = new Int32Array(R * T);
    this.slot = new Int32Array(R * U);
    this.C = new Float64Array(R * U * T);
    this.met = new Int32Array(U * U);
    this.movable = [];
    for (let r = 0; r < R; r++) {
      const list: number[] = [];
      for (let u = 0; u < U; u++) if (pr.pin[r * U + u] < 0) list.push(u);
      this.movable.push(Int32Array.from(list));
    }
  }

  base(u: number, v: number): number {
    const pr = this.pr, k = u * this.U + v;
    return pr.pairCost[k] + pr.repeatWeight * (pr.history[k] + pr.weight[u] * pr.weight[v] * this.met[k]);
  }

  /** Changes the meeting count of u and v by `by` and fixes every C entry that holds base(u, v). */
  private changeMet(u: number, v: number, by: number): void {
    const { U, T, R, tab, C } = this;
    this.met[u * U + v] += by;
    this.met[v * U + u] += by;
    const step = by * this.pr.repeatWeight * this.pr.weight[u] * this.pr.weight[v];
    for (let r = 0; r < R; r++) {
      const tu = tab[r * U + u], tv = tab[r * U + v];
      if (tv >= 0) C[(r * U + u) * T + tv] += step;
      if (tu >= 0) C[(r * U + v) * T + tu] += step;
    }
  }

  place(r: number, u: number, t: number): void {
    const { U, T, members, count } = this;
    const mo = (r * T + t) * U;
    for (let k = 0, e = count[r * T + t]; k < e; k++) this.changeMet(u, members[mo + k], 1);
    this.addColumn(r, u, t, 1);
    members[mo + count[r * T + t]] = u;
    this.slot[r * U + u] = count[r * T + t];
    count[r * T + t]++;
    this.load[r * T + t] += this.pr.weight[u];
    this.tab[r * U + u] = t;
  }

  unplace(r: number, u: number): void {
    const { U, T, members, count } = this;
    const t = this.tab[r * U + u];
    const mo = (r * T + t) * U;
    const last = members[mo + count[r * T + t] - 1];
    members[mo + this.slot[r * U + u]] = last;
    this.slot[r * U + last] = this.slot[r * U + u];
    count[r * T + t]--;
    this.load[r * T + t] -= this.pr.weight[u];
    for (let k = 0, e = count[r * T + t]; k < e; k++) this.changeMet(u, members[mo + k], -1);
    this.tab[r * U + u] = -1;
    this.addColumn(r, u, t, -1);
  }

  /**
   * C[r][w][t] += sign · base(w, u) for every w ≠ u. base is symmetric, so it is read along u's
   * rows of pairCost, history and met, which are contiguous (5,000 people: reading the columns
   * instead missed the cache on every unit and made placing everyone three times take seconds).
   */
  private addColumn(r: number, u: number, t: number, sign: number): void {
    const { U, T, C, met } = this, pr = this.pr;
    const pairCost = pr.pairCost, history = pr.history, weight = pr.weight;
    const uo = u * U, lw = pr.repeatWeight * weight[u];
    let k = r * U * T + t;
    for (let w = 0; w < U; w++, k += T) {
      if (w === u) continue;
      C[k] += sign * (pairCost[uo + w] + pr.repeatWeight * history[uo + w] + lw * weight[w] * met[uo + w]);
    }
  }

  /** Cost of the current state from scratch (used for checks and to reset drift). */
  exactCost(): number {
    const { U, T, R, tab, pr } = this;
    const together = new Int32Array(U * U);
    let f = 0;
    for (let r = 0; r < R; r++) for (let u = 0; u < U; u++) {
      const tu = tab[r * U + u];
      if (tu < 0) continue;
      if (pr.moveCost) f += pr.moveCost[(r * U + u) * T + tu];
      for (let v = u + 1; v < U; v++) if (tab[r * U + v] === tu) { f += pr.pairCost[u * U + v]; together[u * U + v]++; }
    }
    for (let u = 0; u < U; u++) for (let v = u + 1; v < U; v++) {
      const c = together[u * U + v];
      if (c > 0) f += pr.repeatWeight * (pr.history[u * U + v] * c + (pr.weight[u] * pr.weight[v] * c * (c - 1)) / 2);
    }
    return f;
  }

  /** Cost of u at its table t in round r, i.e. what removing it saves. */
  private held(r: number, u: number, t: number): number {
    const w = this.pr.weight[u];
    return this.C[(r * this.U + u) * this.T + t] - this.pr.repeatWeight * w * (this.load[r * this.T + t] - w);
  }

  /**
   * Greedy start: pins first, then each unit where it adds least, filling minimums first; heavier
   * units first, and among equal weights those marked placeFirst.
   */
  construct(rng: Rng): void {
    const { U, T, R, pr } = this;
    const order = new Int32Array(U);
    for (let r = 0; r < R; r++) {
      let remaining = 0;
      for (let u = 0; u < U; u++) {
        const t = pr.pin[r * U + u];
        if (t >= 0) this.place(r, u, t); else remaining += pr.weight[u];
      }
      if (pr.start) {
        for (let u = 0; u < U; u++) {
          const t = pr.start[r * U + u];
          if (pr.pin[r * U + u] < 0 && t >= 0 && this.load[r * T + t] + pr.weight[u] <= pr.tableMax[t]) {
            this.place(r, u, t);
            remaining -= pr.weight[u];
          }
        }
      }
      let k = 0;
      for (let u = 0; u < U; u++) if (this.tab[r * U + u] < 0) order[k++] = u;
      for (let i = k - 1; i > 0; i--) { const j = rng.int(i + 1); const x = order[i]; order[i] = order[j]; order[j] = x; }
      const first = pr.placeFirst;
      const sorted = Array.from(order.subarray(0, k)).sort((a, b) => pr.weight[b] - pr.weight[a] || (first ? first[b] - first[a] : 0));
      for (const u of sorted) {
        let deficit = 0;
        for (let t = 0; t < T; t++) deficit += Math.max(0, pr.tableMin[t] - this.load[r * T + t]);
        const mustFill = remaining <= deficit;
        let best = -1, bestCost = Infinity;
        for (let t = 0; t < T; t++) {
          const load = this.load[r * T + t];
          if (load + pr.weight[u] > pr.tableMax[t]) continue;
          if (mustFill && load >= pr.tableMin[t]) continue;
          let c = this.C[(r * U + u) * T + t] + (pr.moveCost ? pr.moveCost[(r * U + u) * T + t] : 0);
          // Spread people over the tables before filling any table up.
          c += 1e-9 * load;
          if (c < bestCost) { bestCost = c; best = t; }
        }
        if (best < 0) {
          // Nothing fits: take the roomiest table; the violation is reported by scoring.
          let room = -Infinity;
          for (let t = 0; t < T; t++) if (pr.tableMax[t] - this.load[r * T + t] > room) { room = pr.tableMax[t] - this.load[r * T + t]; best = t; }
        }
        if (best >= 0) this.place(r, u, best);
        remaining -= pr.weight[u];
      }
    }
    this.f = this.exactCost();
  }

  /** Loads a full assignment (every unit placed in every open round). */
  load_(table: Int32Array): void {
    // Starting from empty is what unplacing everyone gives, at half the cost and without drift.
    this.tab.fill(-1); this.load.fill(0); this.count.fill(0); this.C.fill(0); this.met.fill(0);
    for (let r = 0; r < this.R; r++) for (let u = 0; u < this.U; u++) if (table[r * this.U + u] >= 0) this.place(r, u, table[r * this.U + u]);
    this.f = this.exactCost();
  }

  private fitsSwap(r: number, u: number, t: number, v: number, t2: number): boolean {
    const { pr, T } = this;
    const wu = pr.weight[u], wv = pr.weight[v];
    if (wu === wv) return true;
    const lt = this.load[r * T + t] - wu + wv, lt2 = this.load[r * T + t2] - wv + wu;
    return lt >= pr.tableMin[t] && lt <= pr.tableMax[t] && lt2 >= pr.tableMin[t2] && lt2 <= pr.tableMax[t2];
  }

  /**
   * First-improvement descent before the tabu search: units in random order, each moved or swapped
   * to its best place when that lowers the cost, and sideways (no change in cost) now and then so
   * plateaus are crossed. A sweep costs what one tabu iteration does (every unit × every table) but
   * applies many steps, so it takes a greedy start most of the way in a fraction of the time
   * (Holbæk-sized summit: from 738 to about 730 in a few sweeps, where the tabu search needs
   * ~100 iterations of 5 ms). Stops when a sweep improves nothing, or at the deadline.
   */
  descend(control: UnitSearchControl, maxSweeps = 50): number {
    const { U, T, R, pr, C, tab, members, count } = this;
    const { rng } = control;
    const lambda = pr.repeatWeight, moveCost = pr.moveCost;
    const load = this.load, weight = pr.weight, pin = pr.pin, pairCost = pr.pairCost, history = pr.history, met = this.met;
    const tableMin = pr.tableMin, tableMax = pr.tableMax;
    const eps = 1e-7;
    const order = new Int32Array(R * U);
    let sweeps = 0;
    for (; sweeps < maxSweeps; sweeps++) {
      let k = 0;
      for (let r = 0; r < R; r++) for (const u of this.movable[r]) order[k++] = r * U + u;
      for (let i = k - 1; i > 0; i--) { const j = rng.int(i + 1); const x = order[i]; order[i] = order[j]; order[j] = x; }
      const before = this.f;
      for (let i = 0; i < k; i++) {
        if ((i & 31) === 0 && (control.now() >= control.deadline || control.shouldStop?.())) return sweeps;
        const r = Math.floor(order[i] / U), u = order[i] - r * U;
        const ro = r * U, rt = r * T;
        const t = tab[ro + u];
        if (t < 0) continue;
        const wu = weight[u], cu = (ro + u) * T;
        const heldU = C[cu + t] - lambda * wu * (load[rt + t] - wu);
        const mcU = moveCost !== null ? moveCost[cu + t] : 0;
        if (heldU + mcU <= eps) continue;
        const canLeave = load[rt + t] - wu >= tableMin[t];
        const uo = u * U;
        let bestDelta = eps, ties = 0, bv = -2, bt = -1;
        for (let t2 = 0; t2 < T; t2++) {
          if (t2 === t) continue;
          const joinU = C[cu + t2] - heldU + (moveCost !== null ? moveCost[cu + t2] : 0) - mcU;
          if (canLeave && load[rt + t2] + wu <= tableMax[t2] && joinU <= bestDelta) {
            if (joinU < bestDelta - 2 * eps) { bestDelta = joinU; ties = 1; bv = -1; bt = t2; } else if (rng.int(++ties) === 0) { bv = -1; bt = t2; }
          }
          const mo = (rt + t2) * U;
          for (let q = 0, e = count[rt + t2]; q < e; q++) {
            const v = members[mo + q];
            if (pin[ro + v] >= 0) continue;
            const wv = weight[v];
            if (wu !== wv && !this.fitsSwap(r, u, t, v, t2)) continue;
            const cv = (ro + v) * T;
            const kv = uo + v;
            let d = joinU - 2 * (pairCost[kv] + lambda * (history[kv] + wu * wv * met[kv])) + C[cv + t] - (C[cv + t2] - lambda * wv * (load[rt + t2] - wv));
            if (moveCost !== null) d += moveCost[cv + t] - moveCost[cv + t2];
            if (d > bestDelta) continue;
            if (d < bestDelta - 2 * eps) { bestDelta = d; ties = 1; bv = v; bt = t2; } else if (rng.int(++ties) === 0) { bv = v; bt = t2; }
          }
        }
        if (bt < 0) continue;
        // Sideways steps (delta about 0) are taken one time in four, so the walk cannot cycle long.
        if (bestDelta > -eps && rng.int(4) !== 0) continue;
        this.unplace(r, u);
        if (bv >= 0) { this.unplace(r, bv); this.place(r, bv, t); }
        this.place(r, u, bt);
        this.f += bestDelta;
      }
      this.f = this.exactCost();
      if (this.f > before - eps) break;
    }
    return sweeps;
  }

  search(control: UnitSearchControl): UnitSearchResult {
    const { U, T, R, pr, C, tab, members, count } = this;
    const { rng } = control;
    const tenureMin = 4, tenureMax = 14;
    const stallLimit = 400;
    const lambda = pr.repeatWeight;
    const moveCost = pr.moveCost;
    const tabu = new Int32Array(R * U * T);
    const best = tab.slice();
    let bestF = this.f;
    let iter = 0, lastImprove = 0, breakouts = 0;
    const eps = 1e-7;
    const stop = (): boolean => control.now() >= control.deadline || (control.shouldStop !== undefined && control.shouldStop());

    const load = this.load, weight = pr.weight, pin = pr.pin, pairCost = pr.pairCost, history = pr.history, met = this.met;
    const tableMin = pr.tableMin, tableMax = pr.tableMax;
    while (!stop()) {
      iter++;
      let bestDelta = Infinity, ties = 0;
      let br = -1, bu = -1, bv = -1, bt = -1;
      // A tabu step is allowed when it beats the best: d < aspiration.
      const aspiration = bestF - eps - this.f;
      for (let r = 0; r < R; r++) {
        const list = this.movable[r];
        const ro = r * U, rt = r * T;
        for (let a = 0; a < list.length; a++) {
          const u = list[a];
          const t = tab[ro + u];
          if (t < 0) continue;
          const wu = weight[u];
          const cu = (ro + u) * T;
          const heldU = C[cu + t] - lambda * wu * (load[rt + t] - wu);
          const mcU = moveCost !== null ? moveCost[cu + t] : 0;
          if (heldU + mcU <= eps) continue;
          const canLeave = load[rt + t] - wu >= tableMin[t];
          const uo = u * U;
          for (let t2 = 0; t2 < T; t2++) {
            if (t2 === t) continue;
            const tabuU = tabu[cu + t2] > iter;
            const mcU2 = moveCost !== null ? moveCost[cu + t2] : 0;
            const joinU = C[cu + t2] - heldU + mcU2 - mcU;
            if (canLeave && load[rt + t2] + wu <= tableMax[t2]) {
              const d = joinU;
              if ((!tabuU || d < aspiration) && d <= bestDelta + eps) {
                if (d < bestDelta - eps) { bestDelta = d; ties = 1; br = r; bu = u; bv = -1; bt = t2; }
                else if (rng.int(++ties) === 0) { br = r; bu = u; bv = -1; bt = t2; }
              }
            }
            const mo = (rt + t2) * U;
            for (let k = 0, e = count[rt + t2]; k < e; k++) {
              const v = members[mo + k];
              if (pin[ro + v] >= 0) continue;
              const wv = weight[v];
              if (wu !== wv && !this.fitsSwap(r, u, t, v, t2)) continue;
              const cv = (ro + v) * T;
              const heldV = C[cv + t2] - lambda * wv * (load[rt + t2] - wv);
              const kv = uo + v;
              const b = pairCost[kv] + lambda * (history[kv] + wu * wv * met[kv]);
              let d = joinU - 2 * b + C[cv + t] - heldV;
              if (moveCost !== null) d += moveCost[cv + t] - moveCost[cv + t2];
              if (d > bestDelta + eps) continue;
              const isTabu = tabuU || tabu[cv + t] > iter;
              if (isTabu && !(d < aspiration)) continue;
              if (d < bestDelta - eps) { bestDelta = d; ties = 1; br = r; bu = u; bv = v; bt = t2; }
              else if (rng.int(++ties) === 0) { br = r; bu = u; bv = v; bt = t2; }
            }
          }
        }
      }
      if (br < 0) {
        // Nothing in conflict (or everything tabu): a local optimum with zero cost, or stuck.
        if (bestF <= eps || this.breakout(rng, 2) === 0) break;
        continue;
      }
      const t = tab[br * U + bu];
      this.unplace(br, bu);
      if (bv >= 0) {
        this.unplace(br, bv);
        this.place(br, bv, t);
        tabu[(br * U + bv) * T + bt] = iter + tenureMin + rng.int(tenureMax - tenureMin + 1);
      }
      this.place(br, bu, bt);
      tabu[(br * U + bu) * T + t] = iter + tenureMin + rng.int(tenureMax - tenureMin + 1);
      this.f += bestDelta;
      if (this.f < bestF - eps) {
        this.f = this.exactCost();
        if (this.f < bestF - eps) {
          bestF = this.f;
          best.set(tab);
          lastImprove = iter;
          breakouts = 0;
          control.onImprove?.(bestF);
          if (bestF <= eps) break;
        }
      } else if (iter - lastImprove > stallLimit) {
        breakouts++;
        if (breakouts % 10 === 0) this.load_(best);
        this.breakout(rng, 2 + rng.int(3));
        lastImprove = iter;
      }
    }
    if (!sameTables(best, tab)) this.load_(best);
    return { table: best, cost: this.f, iterations: iter };
  }

  /** Random swaps of equal-weight movable units in random rounds; returns how many were made. */
  private breakout(rng: Rng, swaps: number): number {
    const { U, R, tab, pr } = this;
    let done = 0;
    for (let attempt = 0; attempt < swaps * 50 && done < swaps; attempt++) {
      const r = rng.int(R);
      const list = this.movable[r];
      if (list.length < 2) continue;
      const u = list[rng.int(list.length)], v = list[rng.int(list.length)];
      const tu = tab[r * U + u], tv = tab[r * U + v];
      if (tu === tv || tu < 0 || tv < 0 || pr.weight[u] !== pr.weight[v]) continue;
      this.unplace(r, u);
      this.unplace(r, v);
      this.place(r, u, tv);
      this.place(r, v, tu);
      done++;
    }
    this.f = this.exactCost();
    return done;
  }
}

function sameTables(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
