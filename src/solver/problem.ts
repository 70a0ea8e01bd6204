// Input types of the seating planner. Ids are the caller's strings; rounds are 1-based here, as
// people say them ("round 1"), and 0-based inside the solver.

export interface Person {
  id: string;
  /** Categorical attributes, e.g. { sector: 'borger', area: 'Tølløse' }. */
  attributes?: Record<string, string>;
  /** A table facilitator: exactly one per table; by default keeps the same table in every round. */
  facilitator?: boolean;
}

export interface Table {
  id: string;
  /** Fewest people the table must seat in every round (facilitator included). */
  min: number;
  /** Most people the table can seat in every round (facilitator included). */
  max: number;
}

export interface FixedSeat {
  person: string;
  table: string;
  /** 1-based round; without it the seat holds in every round. */
  round?: number;
}

/** Tables as people sit at them in one round. Also the shape of a plan's round (see plan.ts). */
export interface RoundSeating {
  tables: { id: string; people: string[] }[];
}

/**
 * Re-planning on the day: keep the rounds before `fromRound` exactly as they were, and plan the rest
 * so that as few people as possible change seat from `previous`, with the absent people left out.
 */
export interface Replan {
  previous: { rounds: RoundSeating[] };
  /** 1-based first round that may still change; defaults to 1. */
  fromRound?: number;
  /** People who are not there from `fromRound` on. */
  absent?: string[];
}

export interface SeatingProblem {
  people: Person[];
  tables: Table[];
  rounds: number;
  /**
   * Weight per attribute of a pair of people sharing a table with the same value. An attribute the
   * people have but that is not listed here weighs 1; weight 0 ignores it.
   */
  weights?: Record<string, number>;
  /** Pairs that must never share a table. */
  keepApart?: [string, string][];
  /** Groups (usually pairs) that must share a table in every round. */
  keepTogether?: string[][];
  fixed?: FixedSeat[];
  /** Facilitators keep their table in every round (default true). */
  facilitatorsStay?: boolean;
  /**
   * Cost of one more meeting of a pair that has already met (per earlier meeting). Defaults to a
   * value that outweighs any attribute gain, so repeats are avoided first.
   */
  repeatWeight?: number;
  replan?: Replan;
}
