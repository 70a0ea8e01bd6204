// A facilitator's notes from one table in one round: the key points and the proposals ("forslag")
// the table agreed on, and the coordinator's merged list of proposals. Pure rules, no I/O.
import { DomainError } from '../errors.ts';

export interface TableNote {
  summitId: string;
  round: number;
  tableId: string;
  tableName: string;
  /** The facilitator who wrote it (the invitation id). */
  writtenBy: string;
  keyPoints: string;
  proposals: string[];
  updatedAt: string;
}

/** One line of the merged list, with the tables it came from. */
export interface ProposalItem {
  id: string;
  text: string;
  sources: { round: number; tableName: string }[];
}

export const noteLimits = { keyPoints: 5000, proposal: 500, proposals: 20 } as const;

/** The note as typed: key points, and one proposal per line (empty lines dropped). */
export function readNote(input: { keyPoints: string; proposals: string }): { keyPoints: string; proposals: string[] } {
  const keyPoints = input.keyPoints.trim();
  const proposals = input.proposals.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const problems: Record<string, string> = {};
  if (keyPoints.length > noteLimits.keyPoints) problems.keyPoints = 'too_long';
  if (proposals.length > noteLimits.proposals || proposals.some((p) => p.length > noteLimits.proposal)) problems.proposals = 'too_long';
  if (Object.keys(problems).length) throw new DomainError('validation_failed', problems);
  return { keyPoints, proposals };
}
