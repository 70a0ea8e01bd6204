// Every CSV and XLSX export writes its cells through here. Names, needs and answers are typed by
// people outside the municipality, and a spreadsheet runs a cell that starts with =, +, -, @, a tab
// or a carriage return as a formula (OWASP, "CSV Injection"): such a cell gets a leading single
// quote, so Excel and LibreOffice show it as text. Numbers are left as numbers.
import { stringify } from 'csv-stringify/sync';

const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula<T extends string | number>(cell: T): T {
  return (typeof cell === 'string' && formulaStart.test(cell) ? `'${cell}` : cell) as T;
}

export const neutraliseRow = <T extends string | number>(row: readonly T[]): T[] => row.map(neutraliseFormula);

/** Rows as CSV the way Danish Excel opens it: semicolons, CRLF and a byte-order mark. */
export function renderSpreadsheetCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + stringify(rows.map(neutraliseRow), { delimiter: ';', record_delimiter: '\r\n' });
}
