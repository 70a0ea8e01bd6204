// The survey's responses as CSV (semicolon-separated with a byte-order mark, as Danish Excel opens
// it) and as an Excel workbook. Answers are what respondents typed, so a cell that a spreadsheet
// would read as a formula (= + - @, or a leading tab or carriage return) gets an apostrophe first.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export interface ResponseTable {
  header: string[];
  rows: string[][];
}

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const safe = (table: ResponseTable) => [table.header, ...table.rows].map((row) => row.map(neutraliseFormula));

export function renderSurveyResponsesCsv(table: ResponseTable): string {
  return '\uFEFF' + stringify(safe(table), { delimiter: ';', record_delimiter: '\r\n' });
}

export async function renderSurveyResponsesXlsx(table: ResponseTable, title: string, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  const [header, ...rows] = safe(table);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => { column.width = i < 3 ? 12 : 30; });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
