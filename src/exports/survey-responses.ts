// The survey's responses as CSV (semicolon-separated with a byte-order mark, as Danish Excel opens
// it) and as an Excel workbook. Answers are what respondents typed, so every cell goes through
// spreadsheet-cell.ts and none runs as a formula.
import { loadExcel } from './excel.ts';
import { neutraliseRow, renderSpreadsheetCsv } from './spreadsheet-cell.ts';

export interface ResponseTable {
  header: string[];
  rows: string[][];
}

export function renderSurveyResponsesCsv(table: ResponseTable): string {
  return renderSpreadsheetCsv([table.header, ...table.rows]);
}

export async function renderSurveyResponsesXlsx(table: ResponseTable, title: string, sheetName: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(neutraliseRow(table.header)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(neutraliseRow(row));
  sheet.columns.forEach((column, i) => { column.width = i < 3 ? 12 : 30; });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
