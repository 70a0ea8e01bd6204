// A table plan as CSV (semicolon-separated with a byte-order mark, as Danish Excel opens it).
import { stringify } from 'csv-stringify/sync';
import type { SeatingPlan } from '../domain/seating-plan.ts';
import type { SeatingParticipant } from '../domain/seating-roster.ts';
import { seatingPlanRows, type SeatingExportLabels } from './seating-plan-rows.ts';

export function renderSeatingPlanCsv(plan: SeatingPlan, people: SeatingParticipant[], labels: SeatingExportLabels): string {
  return '\uFEFF' + stringify(seatingPlanRows(plan, people, labels), { delimiter: ';', record_delimiter: '\r\n' });
}
