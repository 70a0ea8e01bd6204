// Turns a SeatingProblem (string ids, 1-based rounds) into indexed arrays, and lists the input
// problems that make some rule impossible. Shared by scorePlan and planSeating so both read the
// rules the same way. Never throws on bad input: it reports a violation and drops the bad rule.
import type { SeatingProblem } from './problem.ts';
import type { Violation } from './plan.ts';

export interface SeatingModel {
  personIds: string[];
  personIndex: Map<string, number>;
  tableIds: string[];
  tableIndex: Map<string, number>;
  tableMin: Int32Array;
  tableMax: Int32Array;
  rounds: number;
  /** 0-based first round the planner may change (0 unless re-planning). */
  firstOpenRound: number;
  /** 1 when the person takes part in the open rounds. */
  present: Uint8Array;
  attributes: { name: string; weight: number; values: string[]; valueOf: Int32Array }[];
  facilitators: number[];
  /** Home table of each facilitator that keeps a table, else −1. */
  home: Int32Array;
  /** pin[r * P + i]: table person i must sit at in round r, or −1. Includes facilitators' homes. */
  pin: Int32Array;
  apart: [number, number][];
  together: number[][];
  /** previous[r * P + i]: the table in the previous plan (re-planning), or −1. */
  previous: Int32Array;
  facilitatorsStay: boolean;
  violations: Violation[];
}

export function compileSeatingModel(problem: SeatingProblem): SeatingModel {
  const violations: Violation[] = [];
  const personIds: string[] = [];
  const personIndex = new Map<string, number>();
  const people: SeatingProblem['people'] = [];
  for (const person of problem.people) {
    if (personIndex.has(person.id)) {
      violations.push({ code: 'duplicate_person', message: `Person "${person.id}" is listed more than once; the first entry is used.`, people: [person.id] });
      continue;
    }
    personIndex.set(person.id, personIds.length);
    personIds.push(person.id);
    people.push(person);
  }
  const P = personIds.length;
  const tableIds: string[] = [];
  const tableIndex = new Map<string, number>();
  const mins: number[] = [], maxs: number[] = [];
  for (const table of problem.tables) {
    if (tableIndex.has(table.id)) {
      violations.push({ code: 'duplicate_table', message: `Table "${table.id}" is listed more than once; the first entry is used.`, table: table.id });
      continue;
    }
    tableIndex.set(table.id, tableIds.length);
    tableIds.push(table.id);
    mins.push(Math.max(0, Math.floor(table.min)));
    maxs.push(Math.max(0, Math.floor(table.max)));
    if (table.max < table.min) violations.push({ code: 'sizes_impossible', message: `Table "${table.id}" has min ${table.min} above max ${table.max}.`, table: table.id });
  }
  const T = tableIds.length;
  const R = Math.max(0, Math.floor(problem.rounds));
  const tableMin = Int32Array.from(mins), tableMax = Int32Array.from(maxs);
  const facilitatorsStay = problem.facilitatorsStay ?? true;

  const unknownPerson = (id: string, where: string): void => {
    violations.push({ code: 'unknown_person', message: `${where} names "${id}", who is not among the people.`, people: [id] });
  };

  const replan = problem.replan;
  const firstOpenRound = replan ? Math.min(R, Math.max(0, Math.floor(replan.fromRound ?? 1) - 1)) : 0;
  const present = new Uint8Array(P).fill(1);
  for (const id of replan?.absent ?? []) {
    const i = personIndex.get(id);
    if (i === undefined) unknownPerson(id, 'The absent list');
    else present[i] = 0;
  }
  const previous = new Int32Array(R * P).fill(-1);
  if (replan) {
    replan.previous.rounds.slice(0, R).forEach((round, r) => {
      for (const table of round.tables) {
        const t = tableIndex.get(table.id);
        if (t === undefined) {
          violations.push({ code: 'unknown_table', message: `The previous plan uses table "${table.id}", which is not among the tables.`, table: table.id, round: r + 1 });
          continue;
        }
        for (const id of table.people) {
          const i = personIndex.get(id);
          if (i !== undefined) previous[r * P + i] = t;
        }
      }
    });
  }

  const weights = problem.weights ?? {};
  const names = new Set<string>();
  for (const p of people) for (const key of Object.keys(p.attributes ?? {})) names.add(key);
  for (const key of Object.keys(weights)) names.add(key);
  const attributes = [...names].map((name) => {
    const values: string[] = [];
    const lookup = new Map<string, number>();
    const valueOf = new Int32Array(P).fill(-1);
    people.forEach((p, i) => {
      const v = p.attributes?.[name];
      if (v === undefined) return;
      let k = lookup.get(v);
      if (k === undefined) { k = values.length; lookup.set(v, k); values.push(v); }
      valueOf[i] = k;
    });
    const w = weights[name];
    return { name, weight: w === undefined || !Number.isFinite(w) ? 1 : Math.max(0, w), values, valueOf };
  });

  const pin = new Int32Array(R * P).fill(-1);
  const setPin = (i: number, r: number, t: number, why: string): void => {
    const old = pin[r * P + i];
    if (old >= 0 && old !== t) {
      violations.push({
        code: 'fixed_seat_conflict',
        message: `${personIds[i]} is fixed to both ${tableIds[old]} and ${tableIds[t]} in round ${r + 1} (${why}); ${tableIds[old]} is kept.`,
        people: [personIds[i]], round: r + 1,
      });
      return;
    }
    pin[r * P + i] = t;
  };

  const fixedEverywhere = new Map<number, number>();
  const fixedRules: { i: number; t: number; r: number | undefined }[] = [];
  for (const seat of problem.fixed ?? []) {
    const i = personIndex.get(seat.person);
    const t = tableIndex.get(seat.table);
    if (i === undefined) { unknownPerson(seat.person, 'A fixed seat'); continue; }
    if (t === undefined) {
      violations.push({ code: 'unknown_table', message: `A fixed seat names table "${seat.table}", which is not among the tables.`, table: seat.table });
      continue;
    }
    if (seat.round !== undefined && (!Number.isInteger(seat.round) || seat.round < 1 || seat.round > R)) {
      violations.push({ code: 'bad_round', message: `A fixed seat for ${seat.person} names round ${seat.round}; rounds run from 1 to ${R}.`, people: [seat.person] });
      continue;
    }
    fixedRules.push({ i, t, r: seat.round === undefined ? undefined : seat.round - 1 });
    if (seat.round === undefined && !fixedEverywhere.has(i)) fixedEverywhere.set(i, t);
  }

  const facilitators: number[] = [];
  people.forEach((p, i) => { if (p.facilitator) facilitators.push(i); });
  const home = new Int32Array(P).fill(-1);
  if (facilitatorsStay) {
    const taken = new Uint8Array(T);
    const waiting: number[] = [];
    for (const f of facilitators) {
      const t = fixedEverywhere.get(f);
      if (t !== undefined && !taken[t]) { home[f] = t; taken[t] = 1; } else waiting.push(f);
    }
    let next = 0;
    for (const f of waiting) {
      while (next < T && taken[next]) next++;
      if (next >= T) break;
      home[f] = next;
      taken[next] = 1;
    }
  }
  if (facilitators.length > T) {
    violations.push({
      code: 'too_many_facilitators',
      message: `There are ${facilitators.length} facilitators for ${T} tables; a table takes exactly one.`,
      people: facilitators.slice(T).map((i) => personIds[i]),
    });
  } else if (facilitators.length > 0 && facilitators.length < T) {
    violations.push({
      code: 'facilitator_missing',
      message: `There are ${facilitators.length} facilitators for ${T} tables, so ${T - facilitators.length} table(s) have none.`,
    });
  }
  for (const f of facilitators) if (home[f] >= 0) for (let r = 0; r < R; r++) setPin(f, r, home[f], 'facilitator table');
  for (const rule of fixedRules) {
    if (rule.r === undefined) for (let r = 0; r < R; r++) setPin(rule.i, r, rule.t, 'fixed seat');
    else setPin(rule.i, rule.r, rule.t, 'fixed seat');
  }

  const apart: [number, number][] = [];
  for (const [a, b] of problem.keepApart ?? []) {
    const i = personIndex.get(a), j = personIndex.get(b);
    if (i === undefined) { unknownPerson(a, 'A keep-apart pair'); continue; }
    if (j === undefined) { unknownPerson(b, 'A keep-apart pair'); continue; }
    if (i !== j) apart.push([i, j]);
  }
  const together: number[][] = [];
  for (const group of problem.keepTogether ?? []) {
    const members: number[] = [];
    for (const id of group) {
      const i = personIndex.get(id);
      if (i === undefined) unknownPerson(id, 'A keep-together group');
      else if (!members.includes(i)) members.push(i);
    }
    if (members.length > 1) together.push(members);
  }

  // Sizes: every open round must seat its people within the tables' bounds.
  let presentCount = 0;
  for (let i = 0; i < P; i++) presentCount += present[i];
  let sumMin = 0, sumMax = 0;
  for (let t = 0; t < T; t++) { sumMin += tableMin[t]; sumMax += tableMax[t]; }
  if (R > firstOpenRound && P > 0) {
    if (T === 0) violations.push({ code: 'sizes_impossible', message: 'There are people to seat but no tables.' });
    else if (presentCount > sumMax) violations.push({ code: 'sizes_impossible', message: `${presentCount} people do not fit at tables that seat at most ${sumMax}.` });
    else if (presentCount < sumMin) violations.push({ code: 'sizes_impossible', message: `${presentCount} people cannot fill tables that need at least ${sumMin}.` });
  }

  return {
    personIds, personIndex, tableIds, tableIndex, tableMin, tableMax, rounds: R, firstOpenRound, present,
    attributes, facilitators, home, pin, apart, together, previous, facilitatorsStay, violations,
  };
}

/** Fewest same-value pairs when `count` people share a value over `tables` tables: spread evenly. */
export function evenPairs(count: number, tables: number): number {
  if (tables <= 0) return (count * (count - 1)) / 2;
  const q = Math.floor(count / tables), r = count - q * tables;
  return r * ((q + 1) * q) / 2 + (tables - r) * (q * (q - 1)) / 2;
}
