// Table cards and facilitators' sheets: a folded card per table with its name large, and for each
// table and round a sheet for its facilitator with who sits there and the round's question or
// theme, which the coordinator writes (one per round). Pure types and rules; exports/ draws them.
import { DomainError } from './errors.ts';
import { seatingLimits, type SeatingPlan } from './seating-plan.ts';
import type { SeatingParticipant } from './seating-roster.ts';

export const roundQuestionMaxLength = 500;

/** The questions as stored: one per round of the plan (up to the most rounds a plan has), trimmed. */
export function normaliseRoundQuestions(questions: string[]): string[] {
  if (questions.length > seatingLimits.maxRounds) throw new DomainError('validation_failed', { questions: questions.length });
  const trimmed = questions.map((q) => q.trim());
  if (trimmed.some((q) => q.length > roundQuestionMaxLength)) throw new DomainError('validation_failed', { question: 'too_long' });
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

export interface SheetPerson {
  name: string;
  group: string;
  area: string;
  organisation: string;
  accessibilityNeeds: string;
  facilitator: boolean;
}

export interface FacilitatorSheet {
  round: number;
  rounds: number;
  table: string;
  accessible: boolean;
  question: string;
  people: SheetPerson[];
}

export interface TableCards {
  summitTitle: string;
  tables: { name: string; accessible: boolean }[];
  /** Table by table, and each table's rounds in order: the pile a table's facilitator takes. */
  sheets: FacilitatorSheet[];
}

/** The cards and sheets of a published plan; the facilitator first on each sheet, then by name. */
export function tableCardsOf(summitTitle: string, plan: Pick<SeatingPlan, 'rounds' | 'settings'>, roster: Map<string, SeatingParticipant>, questions: string[]): TableCards {
  const tables = plan.settings.tables;
  const sheets: FacilitatorSheet[] = [];
  for (const table of tables) {
    plan.rounds.forEach((round, r) => {
      const seated = round.tables.find((t) => t.id === table.id)?.people ?? [];
      const people = seated.map((id) => roster.get(id)).filter((p): p is SeatingParticipant => !!p)
        .sort((a, b) => Number(b.facilitator) - Number(a.facilitator) || a.name.localeCompare(b.name, 'da'))
        .map((p) => ({ name: p.name, group: p.groupName, area: p.areaName ?? '', organisation: p.organisationName ?? '', accessibilityNeeds: p.accessibilityNeeds, facilitator: p.facilitator }));
      sheets.push({ round: r + 1, rounds: plan.rounds.length, table: table.name, accessible: table.accessible, question: questions[r] ?? '', people });
    });
  }
  return { summitTitle, tables: tables.map((t) => ({ name: t.name, accessible: t.accessible })), sheets };
}
