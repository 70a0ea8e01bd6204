// planSeating: the public entry point of the table planner. Hard rules (table sizes, keep-apart,
// keep-together, fixed seats, one facilitator per table) are kept by construction or by penalties
// far above any soft gain; what cannot hold is returned as violations, never thrown.
// Soft goals, in priority order: move as few seats as possible from a previous plan (re-planning),
// avoid meeting the same person again, and spread every attribute's values over the tables.
import { compileSeatingModel } from './model.ts';
import type { SeatingModel } from './model.ts';
import { createRng } from './rng.ts';
import { scoreWithModel } from './score.ts';
import { UnitSearch } from './seating-search.ts';
import { searchCyclicSchedule } from './cyclic-schedule.ts';
import { designSchedule } from './designs.ts';
import { relabelDesign } from './relabel.ts';
import type { UnitProblem } from './seating-search.ts';
import type { SeatingProblem } from './problem.ts';
import type { ScoredPlan, Violation } from './plan.ts';

export interface SeatingOptions {
  seed: number;
  /** Milliseconds of search after setup. */
  budgetMs: number;
  now: () => number;
  shouldStop?: () => boolean;
  /**
   * Start from combinatorial designs and symmetric schedules where they fit (default true); false
   * runs the greedy start and the search alone, for comparisons.
   */
  useDesigns?: boolean;
  /** Called with the internal cost (lower is better) each time the best plan improves. */
  onProgress?: (progress: { cost: number; elapsedMs: number }) => void;
}

export interface SeatingResult extends ScoredPlan {
  /**
   * start: where the search began: the greedy construction, a combinatorial design (`design` names
   * it) or a cyclic schedule of `cycle` rounds.
   */
  stats: { units: number; iterations: number; cost: number; elapsedMs: number; start: 'greedy' | 'design' | 'cyclic'; design?: string; cycle?: number };
}

interface Units {
  members: number[][];
  unitOf: Int32Array;
  violations: Violation[];
}

/** Keep-together groups become one unit each (union-find); absent people belong to none. */
function buildUnits(model: SeatingModel): Units {
  const P = model.personIds.length;
  const parent = Int32Array.from({ length: P }, (_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; };
  for (const group of model.together) {
    const live = group.filter((i) => model.present[i]);
    for (let k = 1; k < live.length; k++) parent[find(live[k])] = find(live[0]);
  }
  const unitOf = new Int32Array(P).fill(-1);
  const members: number[][] = [];
  const rootUnit = new Map<number, number>();
  for (let i = 0; i < P; i++) {
    if (!model.present[i]) continue;
    const root = find(i);
    let u = rootUnit.get(root);
    if (u === undefined) { u = members.length; rootUnit.set(root, u); members.push([]); }
    members[u].push(i);
    unitOf[i] = u;
  }
  const violations: Violation[] = [];
  const ids = (list: number[]): string[] => list.map((i) => model.personIds[i]);
  let largest = 0;
  for (let t = 0; t < model.tableIds.length; t++) largest = Math.max(largest, model.tableMax[t]);
  for (const list of members) {
    if (list.length > 1 && list.length > largest) {
      violations.push({ code: 'keep_together_too_large', message: `${list.length} people must sit together (${ids(list).join(', ')}), but no table seats more than ${largest}.`, people: ids(list) });
    }
  }
  for (const [i, j] of model.apart) {
    if (unitOf[i] >= 0 && unitOf[i] === unitOf[j]) {
      violations.push({ code: 'rules_conflict', message: `${model.personIds[i]} and ${model.personIds[j]} must both sit together and be kept apart.`, people: ids([i, j]) });
    }
  }
  for (const list of members) {
    const hosts = list.filter((i) => model.facilitators.includes(i));
    if (hosts.length > 1) {
      violations.push({ code: 'rules_conflict', message: `${ids(hosts).join(', ')} are facilitators who must sit together, but a table takes exactly one facilitator.`, people: ids(hosts) });
    }
  }
  return { members, unitOf, violations };
}

/** Scales so that, in order, a broken rule > a moved seat > a repeated meeting > attribute pairs. */
function costScales(problem: SeatingProblem, model: SeatingModel, openRounds: number): { attr: number; repeat: number; move: number; apart: number } {
  let attr = 0;
  for (const a of model.attributes) attr += a.weight;
  let smax = 1;
  for (let t = 0; t < model.tableIds.length; t++) smax = Math.max(smax, model.tableMax[t]);
  const repeat = problem.repeatWeight ?? 2 * smax * attr + 1;
  const move = 4 * smax * repeat * Math.max(1, openRounds) + 1;
  const apart = 4 * (model.personIds.length + 1) * (problem.replan ? move : smax * repeat * Math.max(1, openRounds));
  return { attr, repeat, move, apart };
}

/**
 * Keep-apart pairs as the search sees them: the problem's own, plus every pair of facilitators, so
 * that facilitators who move (facilitatorsStay false) still end up one per table, and any beyond
 * one per table are spread as evenly as the tables allow. Facilitators who stay are pinned to
 * different home tables, so their pairs cost nothing there. Scoring reports facilitators sharing a
 * table as facilitators_shared_table, not as keep_apart_broken, so these pairs stay in the solver.
 */
function solverApartPairs(model: SeatingModel): [number, number][] {
  const pairs = [...model.apart];
  const hosts = model.facilitators;
  for (let x = 0; x < hosts.length; x++) for (let y = x + 1; y < hosts.length; y++) pairs.push([hosts[x], hosts[y]]);
  return pairs;
}

function buildUnitProblem(problem: SeatingProblem, model: SeatingModel, units: Units, violations: Violation[]): UnitProblem {
  const P = model.personIds.length, T = model.tableIds.length;
  const first = model.firstOpenRound, R = model.rounds - first;
  const U = units.members.length;
  const scales = costScales(problem, model, R);
  const weight = Int32Array.from(units.members, (list) => list.length);

  const pin = new Int32Array(R * U).fill(-1);
  for (let r = 0; r < R; r++) {
    units.members.forEach((list, u) => {
      for (const i of list) {
        const t = model.pin[(first + r) * P + i];
        if (t < 0) continue;
        if (pin[r * U + u] < 0) pin[r * U + u] = t;
        else if (pin[r * U + u] !== t) {
          violations.push({
            code: 'fixed_seat_conflict',
            message: `${list.map((k) => model.personIds[k]).join(', ')} must sit together, but their fixed seats differ in round ${first + r + 1}.`,
            round: first + r + 1, people: list.map((k) => model.personIds[k]),
          });
        }
      }
    });
  }

  const pairCost = new Float64Array(U * U);
  for (const a of model.attributes) {
    if (a.weight === 0) continue;
    for (let i = 0; i < P; i++) {
      const u = units.unitOf[i], vi = a.valueOf[i];
      if (u < 0 || vi < 0) continue;
      for (let j = i + 1; j < P; j++) {
        const v = units.unitOf[j];
        if (v < 0 || v === u || a.valueOf[j] !== vi) continue;
        pairCost[u * U + v] += a.weight;
        pairCost[v * U + u] += a.weight;
      }
    }
  }
  const placeFirst = new Uint8Array(U);
  for (const [i, j] of solverApartPairs(model)) {
    const u = units.unitOf[i], v = units.unitOf[j];
    if (u < 0 || v < 0 || u === v) continue;
    pairCost[u * U + v] += scales.apart;
    pairCost[v * U + u] += scales.apart;
    placeFirst[u] = placeFirst[v] = 1;
  }

  // Meetings in the rounds that stay as they were (re-planning) count as history.
  const history = new Float64Array(U * U);
  for (let r = 0; r < first; r++) {
    const byTable: number[][] = Array.from({ length: T }, () => []);
    for (let i = 0; i < P; i++) if (model.previous[r * P + i] >= 0 && units.unitOf[i] >= 0) byTable[model.previous[r * P + i]].push(units.unitOf[i]);
    for (const list of byTable) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const u = list[x], v = list[y];
      if (u === v) continue;
      history[u * U + v]++;
      history[v * U + u]++;
    }
  }

  let moveCost: Float64Array | null = null;
  let start: Int32Array | null = null;
  if (problem.replan) {
    moveCost = new Float64Array(R * U * T);
    start = new Int32Array(R * U).fill(-1);
    for (let r = 0; r < R; r++) {
      units.members.forEach((list, u) => {
        for (const i of list) {
          const before = model.previous[(first + r) * P + i];
          if (before < 0) continue;
          if (start![r * U + u] < 0) start![r * U + u] = before;
          for (let t = 0; t < T; t++) if (t !== before) moveCost![(r * U + u) * T + t] += scales.move;
        }
      });
    }
  }

  return {
    units: U, tables: T, rounds: R, weight, tableMin: model.tableMin, tableMax: model.tableMax, pin, pairCost, history,
    repeatWeight: scales.repeat, moveCost, start, placeFirst,
  };
}

/** Share of the budget a symmetric start may take before the general search goes on from it. */
const CYCLIC_SHARE = 0.6;

/**
 * The shape of a design start: one unit per person, no pins, no earlier rounds, no previous plan,
 * and every table seating the same number. `pure` when nothing but repeats matters (no attribute
 * or keep-apart costs), where a symmetric (cyclic) start also applies.
 */
function evenShape(pr: UnitProblem): { people: number; tables: number; size: number; rounds: number; pure: boolean } | null {
  const U = pr.units, T = pr.tables;
  if (pr.moveCost !== null || T < 2 || U % T !== 0) return null;
  const size = U / T;
  for (let t = 0; t < T; t++) if (pr.tableMin[t] > size || pr.tableMax[t] < size) return null;
  for (let u = 0; u < U; u++) if (pr.weight[u] !== 1) return null;
  for (let k = 0; k < pr.pin.length; k++) if (pr.pin[k] >= 0) return null;
  let pure = true;
  for (let k = 0; k < pr.pairCost.length; k++) {
    if (pr.history[k] !== 0) return null;
    if (pr.pairCost[k] !== 0) pure = false;
  }
  return { people: U, tables: T, size, rounds: pr.rounds, pure };
}

/** Share of the budget that choosing who sits where in a design may take before the search polishes it. */
const RELABEL_SHARE = 0.5;
/**
 * Largest roster whose design start is relabelled: one descent pass over all label swaps costs
 * people² × rounds × table size, a second at 1,000 people; larger rosters go to the greedy start.
 */
const RELABEL_MAX_PEOPLE = 1000;

function dedupe(list: Violation[]): Violation[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = v.code + '|' + v.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plans every round's tables; never throws on infeasible rules, it reports them as violations. */
export function planSeating(problem: SeatingProblem, options: SeatingOptions): SeatingResult {
  const start = options.now();
  const model = compileSeatingModel(problem);
  const units = buildUnits(model);
  const violations: Violation[] = [...units.violations];
  const T = model.tableIds.length, P = model.personIds.length;
  const first = model.firstOpenRound;
  const rounds: ScoredPlan['rounds'] = [];

  for (let r = 0; r < first; r++) {
    const previous = problem.replan?.previous.rounds[r];
    rounds.push({ tables: model.tableIds.map((id) => ({ id, people: [...(previous?.tables.find((t) => t.id === id)?.people ?? [])] })) });
  }

  let iterations = 0, cost = 0;
  let startedFrom: SeatingResult['stats']['start'] = 'greedy';
  let cycle: number | undefined;
  let designName: string | undefined;
  if (model.rounds > first) {
    if (T === 0) {
      for (let r = first; r < model.rounds; r++) rounds.push({ tables: [] });
    } else {
      const unitProblem = buildUnitProblem(problem, model, units, violations);
      const search = new UnitSearch(unitProblem);
      const rng = createRng(options.seed);
      search.construct(rng);
      const shape = options.useDesigns === false ? null : evenShape(unitProblem);
      const cyclic = shape?.pure ? shape : null;
      const design = shape ? designSchedule(shape.tables, shape.size, shape.rounds) : null;
      if (design && shape?.pure) {
        // A known design seats everyone with nobody meeting twice: nothing left to search for.
        search.load_(design.table);
        startedFrom = 'design';
        designName = design.source;
      } else if (design && shape!.people <= RELABEL_MAX_PEOPLE) {
        // Nobody meets twice whoever sits on which point of the design, so choose the mapping that
        // spreads the attributes best; the search then polishes it (and may trade a repeat for a
        // kept-apart pair, which costs more).
        const relabelled = relabelDesign(
          { design: design.table, points: shape!.people, rounds: shape!.rounds, tables: shape!.tables, pairCost: unitProblem.pairCost },
          { rng, now: options.now, shouldStop: options.shouldStop, deadline: start + options.budgetMs * RELABEL_SHARE },
        );
        const U = shape!.people, seated = new Int32Array(design.table.length);
        for (let r = 0; r < shape!.rounds; r++) for (let p = 0; p < U; p++) seated[r * U + relabelled.labelOf[p]] = design.table[r * U + p];
        const greedy = search.tab.slice(), greedyCost = search.f;
        search.load_(seated);
        if (search.f > greedyCost) search.load_(greedy);
        else { startedFrom = 'design'; designName = design.source; }
      } else if (cyclic) {
        // A pure repeat problem: a symmetric schedule is a far better start than the greedy one.
        const found = searchCyclicSchedule(cyclic, {
          rng, now: options.now, shouldStop: options.shouldStop,
          deadline: start + options.budgetMs * CYCLIC_SHARE,
          onImprove: (repeats) => options.onProgress?.({ cost: repeats * unitProblem.repeatWeight, elapsedMs: options.now() - start }),
        });
        if (found) {
          const greedy = search.tab.slice(), greedyCost = search.f;
          search.load_(found.table);
          if (search.f > greedyCost) search.load_(greedy);
          else { startedFrom = 'cyclic'; cycle = found.cycle; }
        }
      }
      // The descent is for facilitators who stay at their tables: with moving facilitators (each
      // pair of them kept apart) it settled plans that a later re-plan on the day could not repair
      // within its budget (tests/integration/seating-facilitators.test.ts), so those go straight
      // to the tabu search as before.
      if (startedFrom !== 'design' && model.facilitatorsStay) search.descend({ rng, now: options.now, deadline: start + options.budgetMs, shouldStop: options.shouldStop });
      options.onProgress?.({ cost: search.f, elapsedMs: options.now() - start });
      const result = search.search({
        rng,
        now: options.now,
        deadline: start + options.budgetMs,
        shouldStop: options.shouldStop,
        onImprove: (c) => options.onProgress?.({ cost: c, elapsedMs: options.now() - start }),
      });
      iterations = result.iterations;
      cost = result.cost;
      const U = unitProblem.units;
      for (let r = 0; r < unitProblem.rounds; r++) {
        const people: string[][] = Array.from({ length: T }, () => []);
        for (let i = 0; i < P; i++) {
          const u = units.unitOf[i];
          if (u >= 0) people[result.table[r * U + u]].push(model.personIds[i]);
        }
        rounds.push({ tables: model.tableIds.map((id, t) => ({ id, people: people[t] })) });
      }
    }
  }
  const plan = { rounds };
  const scored = scoreWithModel(model, plan);
  const all = dedupe([...scored.violations, ...violations]);
  return {
    rounds,
    score: { ...scored.score, violations: all.length },
    violations: all,
    stats: { units: units.members.length, iterations, cost, elapsedMs: options.now() - start, start: startedFrom, ...(designName ? { design: designName } : {}), ...(cycle ? { cycle } : {}) },
  };
}
