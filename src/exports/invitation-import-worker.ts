// Worker-thread entry: reads one uploaded invitation list (invitation-table.ts) and answers with
// its cells or the error code that refuses it.
import { parentPort, workerData } from 'node:worker_threads';
import { ImportFileError, readInvitationTable } from './invitation-table.ts';

export interface InvitationTableJob { fileName: string; content: Uint8Array; maxRows: number }
export type InvitationTableAnswer = { table: string[][] } | { refused: ImportFileError['code'] };

const job = workerData as InvitationTableJob;
const answer = (message: InvitationTableAnswer) => parentPort!.postMessage(message);

readInvitationTable(job.fileName, job.content, job.maxRows).then(
  (table) => answer({ table }),
  (error: unknown) => answer({ refused: error instanceof ImportFileError ? error.code : 'unreadable_file' }),
);
