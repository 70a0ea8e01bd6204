// Reads an uploaded invitation list (CSV or XLSX, see invitation-table.ts for separators and
// encodings) into plain rows keyed by normalised header, within importLimits. Validation is the use case's job.
import { Worker } from 'node:worker_threads';
import { findUnstorableText } from '../domain/text.ts';
import type { InvitationTableAnswer, InvitationTableJob } from './invitation-import-worker.ts';
import { ImportFileError, isDelimitedText, isSpreadsheet } from './invitation-table.ts';

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

/** What one list may hold: over it, the import is refused with `import_too_large`. */
export const importLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxRows: 10_000,
  /** A worker still reading after this long is stopped (a file built to be slow to unpack). */
  seconds: 20,
  memoryMb: 256,
};

/**
 * The worker's entry sits beside this file: compiled JavaScript in dist/, or TypeScript in src/,
 * where a worker does not inherit tsx's loader: a tiny bootstrap registers it inside the worker
 * first (as src/workers/run-solver.ts does).
 */
function bootstrapSource(): string {
  if (import.meta.url.endsWith('.js')) return `import(${JSON.stringify(new URL('./invitation-import-worker.js', import.meta.url).href)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./invitation-import-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

/**
 * Reads the cells in a worker thread with a memory cap and a deadline, so that neither a large nor
 * a hostile file can hold up the server's other requests (/healthz among them).
 */
function readTableInWorker(job: InvitationTableJob, limits: typeof importLimits): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrapSource(), {
      eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      outcome();
    };
    const deadline = setTimeout(() => settle(() => reject(new ImportFileError('import_too_large'))), limits.seconds * 1000);
    worker.on('message', (answer: InvitationTableAnswer) =>
      settle(() => ('table' in answer ? resolve(answer.table) : reject(new ImportFileError(answer.refused)))));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) is the file's size, not our bug.
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportFileError('import_too_large') : error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The import worker exited with code ${code} before answering`))));
  });
}

export async function readInvitationFile(fileName: string, content: Buffer, limits = importLimits): Promise<ImportRow[]> {
  if (!isSpreadsheet(fileName) && !isDelimitedText(fileName)) throw new ImportFileError('unsupported_file_type');
  if (content.length > limits.maxBytes) throw new ImportFileError('import_too_large');
  return toRows(await readTableInWorker({ fileName, content: new Uint8Array(content), maxRows: limits.maxRows }, limits));
}
