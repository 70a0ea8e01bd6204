// Reads an invitation list from CSV or XLSX into plain rows keyed by normalised header. A CSV may
// be separated by commas, semicolons (what Danish Excel writes) or tabs, and encoded in UTF-8 (with
// or without BOM) or Windows-1252 (Danish Excel's "CSV (semikolonsepareret)"). Validation is the
// use case's job.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
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

/**
 * The text of a CSV file. Bytes that are valid UTF-8 are read as UTF-8 (a Windows-1252 file with
 * æ, ø or å is practically never valid UTF-8, since those bytes are lone continuation bytes there);
 * anything else is read as Windows-1252, the encoding Danish Excel saves CSV in.
 */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    // Node's own TextDecoder reads 'windows-1252' as Latin-1 (the dash 0x96 would become a control character).
    return iconv.decode(content, 'windows-1252');
  }
}

/** The separator the header line uses most: semicolon, tab or comma (commas on a tie, as in RFC 4180). */
function delimiterOf(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
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
    const text = decodeText(content);
    const delimiter = delimiterOf(text.split(/\r?\n/, 1)[0] ?? '');
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
