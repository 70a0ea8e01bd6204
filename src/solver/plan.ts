// Output types of the seating planner and of scorePlan (which scores any plan, e.g. a manual edit).
import type { RoundSeating } from './problem.ts';

export interface SeatingPlan {
  /** rounds[r].tables[t].people: ids seated at that table in round r + 1, tables in problem order. */
  rounds: RoundSeating[];
}

export type ViolationCode =
  | 'duplicate_person'
  | 'duplicate_table'
  | 'unknown_person'
  | 'unknown_table'
  | 'bad_round'
  | 'round_count'
  | 'person_missing'
  | 'person_seated_twice'
  | 'absent_person_seated'
  | 'table_too_small'
  | 'table_too_large'
  | 'sizes_impossible'
  | 'keep_apart_broken'
  | 'keep_together_broken'
  | 'keep_together_too_large'
  | 'rules_conflict'
  | 'fixed_seat_broken'
  | 'fixed_seat_conflict'
  | 'facilitator_missing'
  | 'facilitators_shared_table'
  | 'too_many_facilitators'
  | 'facilitator_moved';

export interface Violation {
  code: ViolationCode;
  /** A plain-language reason, for the coordinator. */
  message: string;
  /** 1-based round, when the violation belongs to one round. */
  round?: number;
  table?: string;
  people?: string[];
}

export interface SeatingScore {
  /** Sum over pairs of (meetings − 1), not counting meetings the rules force. */
  repeatedPairs: number;
  /** Repeated meetings that the rules force (keep-together, fixed seats at one table). */
  forcedRepeatedPairs: number;
  /** The fewest distinct other people any seated person meets over all rounds. */
  fewestNewPeople: number;
  averageNewPeople: number;
  /** Per attribute: pairs seated together with the same value, summed over rounds. */
  sameValuePairs: Record<string, number>;
  /** Per attribute: no plan with these tables can have fewer same-value pairs. */
  sameValuePairsLowerBound: Record<string, number>;
  /**
   * Per attribute: (round, table, value) counts outside the floor/ceiling of the value's proportional
   * share of that table; 0 means every value is spread as evenly as the numbers allow.
   */
  unevenSpread: Record<string, number>;
  /** Re-planning: seats (person × round) that differ from the previous plan. */
  movedSeats: number;
  /** Number of hard-rule violations. */
  violations: number;
}

export interface ScoredPlan extends SeatingPlan {
  score: SeatingScore;
  violations: Violation[];
}
