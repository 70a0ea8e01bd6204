// Reads an invitation list from CSV (comma or semicolon, UTF-8 with or without BOM) or XLSX into
// plain rows keyed by normalised header. Validation is the use case's job.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { findUnstorableText } from '../domain/text.ts';

export interface ImportRow {
  /** 1-based line/row number in the file, the header being row 1. */
  row: number;
  values: Record<string, string>;
}

const headerAliases: Record<string, string> = {
  navn: 'name', name: 'name', 'fulde navn': 'name',
  email: 'email', 'e-mail': 'email', mail: 'email', 'e-mailadresse': 'email',
  telefon: 'phone', phone: 'phone', tlf: 'phone', mobil: 'phone',
  gruppe: 'group', deltagergruppe: 'group', group: 'group',
  organisation: 'organisation', organization: 'organisation',
  område: 'area', omraade: 'area', lokalområde: 'area', area: 'area',
};

export const normaliseHeader = (header: string) => headerAliases[header.trim().toLowerCase()] ?? header.trim().toLowerCase();

/** A file that is not an invitation list; `code` is the error code the caller reports. */
export class ImportFileError extends Error {
  readonly code: 'unreadable_file' | 'unsupported_file_type' | 'invalid_characters';
  constructor(code: ImportFileError['code']) {
    super(code);
    this.code = code;
  }
}

function toRows(table: string[][]): ImportRow[] {
  // A cell with a NUL byte or half a character cannot be stored: the list is refused as a whole.
  if (findUnstorableText(table) !== undefined) throw new ImportFileError('invalid_characters');
  const [header, ...body] = table;
  if (!header) return [];
  const keys = header.map(normaliseHeader);
  return body.map((cells, index) => ({
    row: index + 2,
    values: Object.fromEntries(keys.map((key, i) => [key, String(cells[i] ?? '').trim()])),
  })).filter((r) => Object.values(r.values).some((v) => v !== ''));
}

/**
 * What a cell shows, as text: the runs of a rich-text cell joined, a formula's last computed result,
 * a hyperlink's text, a date as yyyy-mm-dd; an error value (#N/A) is empty.
 */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue | undefined);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

export async function readInvitationFile(fileName: string, content: Buffer): Promise<ImportRow[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new ImportFileError('unreadable_file');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      table[rowNumber - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    });
    return toRows(Array.from(table, (r) => r ?? []));
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    let table: string[][];
    try {
      table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
    } catch {
      throw new ImportFileError('unreadable_file');
    }
    return toRows(table);
  }
  throw new ImportFileError('unsupported_file_type');
}
