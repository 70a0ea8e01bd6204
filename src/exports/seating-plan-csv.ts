// A table plan as CSV (semicolon-separated with a byte-order mark, as Danish Excel opens it).
import type { SeatingPlan } from '../domain/seating-plan.ts';
import type { SeatingParticipant } from '../domain/seating-roster.ts';
import { seatingPlanRows, type SeatingExportLabels } from './seating-plan-rows.ts';
import { renderSpreadsheetCsv } from './spreadsheet-cell.ts';

export function renderSeatingPlanCsv(plan: SeatingPlan, people: SeatingParticipant[], labels: SeatingExportLabels): string {
  return renderSpreadsheetCsv(seatingPlanRows(plan, people, labels));
}
