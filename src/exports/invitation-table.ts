// Reads the cells of an invitation list, CSV or XLSX, as a table of text. A CSV may be separated
// by commas, semicolons (what Danish Excel writes) or tabs, and encoded in UTF-8 (with or without
// BOM) or Windows-1252 (Danish Excel's "CSV (semikolonsepareret)"). It runs in a worker thread (invitation-import-worker.ts) and stops at
// `maxRows`: an XLSX file is a zip, so 2 MB can unpack to millions of rows, and reading them all
// in the server's thread stalled every other request for as long as it took.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.ts';

/** A file that is not an invitation list we read; `code` is the error code the caller reports. */
export class ImportFileError extends Error {
  readonly code: 'unreadable_file' | 'unsupported_file_type' | 'invalid_characters' | 'import_too_large';
  constructor(code: ImportFileError['code']) {
    super(code);
    this.code = code;
  }
}

export const isSpreadsheet = (fileName: string) => /\.xlsx$/i.test(fileName);
export const isDelimitedText = (fileName: string) => /\.(csv|txt)$/i.test(fileName);

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

async function readSpreadsheet(content: Uint8Array, maxRows: number): Promise<string[][]> {
  const table: string[][] = [];
  try {
    // The streaming reader gives the first sheet row by row, so reading stops at the cap instead
    // of building the whole workbook first.
    const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(Readable.from([Buffer.from(content)]), {
      worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', entries: 'emit',
    });
    for await (const sheet of reader) {
      let rows = 0;
      for await (const row of sheet) {
        if (++rows > maxRows + 1) throw new ImportFileError('import_too_large');
        table[row.number - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      }
      break;
    }
  } catch (error) {
    throw error instanceof ImportFileError ? error : new ImportFileError('unreadable_file');
  }
  return Array.from(table, (row) => row ?? []);
}

/**
 * The text of a CSV file. Bytes that are valid UTF-8 are read as UTF-8 (a Windows-1252 file with
 * æ, ø or å is practically never valid UTF-8, since those bytes are lone continuation bytes there);
 * anything else is read as Windows-1252, the encoding Danish Excel saves CSV in.
 */
async function decodeText(content: Uint8Array): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    // Node's own TextDecoder reads 'windows-1252' as Latin-1 (the dash 0x96 would become a control character).
    const { default: iconv } = await import('iconv-lite');
    return iconv.decode(Buffer.from(content), 'windows-1252');
  }
}

/** The separator the header line uses most: semicolon, tab or comma (commas on a tie, as in RFC 4180). */
function delimiterOf(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

// The CSV parser and the decoder are imported here, not at the top: the server's thread imports
// this file for ImportFileError and the file-type checks, and only the worker reads a table.
async function readDelimitedText(content: Uint8Array, maxRows: number): Promise<string[][]> {
  const text = await decodeText(content);
  const { parse } = await import('csv-parse/sync');
  const delimiter = delimiterOf(text.split(/\r?\n/, 1)[0] ?? '');
  let table: string[][];
  try {
    table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, to: maxRows + 2 }) as string[][];
  } catch {
    throw new ImportFileError('unreadable_file');
  }
  if (table.length > maxRows + 1) throw new ImportFileError('import_too_large');
  return table;
}

/** The cells of the list's first sheet (the header first), at most `maxRows` rows below the header. */
export async function readInvitationTable(fileName: string, content: Uint8Array, maxRows: number): Promise<string[][]> {
  if (isSpreadsheet(fileName)) return readSpreadsheet(content, maxRows);
  if (isDelimitedText(fileName)) return readDelimitedText(content, maxRows);
  throw new ImportFileError('unsupported_file_type');
}
