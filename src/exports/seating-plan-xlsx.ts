// A table plan as an Excel workbook: one sheet per round, ready to print as table lists.
import { loadExcel } from './excel.ts';
import type { SeatingPlan } from '../domain/seating-plan.ts';
import type { SeatingParticipant } from '../domain/seating-roster.ts';
import { seatingPlanRows, type SeatingExportLabels } from './seating-plan-rows.ts';
import { neutraliseRow } from './spreadsheet-cell.ts';

export async function renderSeatingPlanXlsx(plan: SeatingPlan, people: SeatingParticipant[], labels: SeatingExportLabels, title: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.title = title;
  const [header, ...rows] = seatingPlanRows(plan, people, labels);
  plan.rounds.forEach((_, r) => {
    const sheet = workbook.addWorksheet(`${labels.csv.round} ${r + 1}`, { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.addRow(neutraliseRow(header)).font = { bold: true };
    for (const row of rows.filter((row) => row[0] === String(r + 1))) sheet.addRow([Number(row[0]), ...neutraliseRow(row.slice(1))]);
    sheet.columns.forEach((column, i) => { column.width = [8, 10, 28, 24, 18, 24, 16, 16][i] ?? 16; });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
