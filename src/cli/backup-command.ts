import { parseConfig } from '../config.ts';
import { DatabaseFileRefused, sqliteFileOperations, type DatabaseFileReport } from '../composition.ts';

export const pgDumpAdvice = 'PostgreSQL (DATABASE_URL) is backed up with its own tools, not with this command:\n'
  + '  pg_dump -Fc -f samskab.dump "$DATABASE_URL"      (safe while the servers run)\n'
  + '  pg_restore --clean --if-exists --no-owner -d "$DATABASE_URL" samskab.dump\n'
  + 'See "Operations" in the README.\n';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)} MB`;

/** One line an operator can check a database file by: size, summits, schema version, integrity. */
export function describeDatabaseFile(report: DatabaseFileReport): string {
  const latest = report.migrations.at(-1) ?? 'none';
  return `${megabytes(report.bytes)}, ${report.summits} summit(s), schema at ${latest} `
    + `(${report.migrations.length} of the ${report.knownMigrations} migrations this version knows), integrity ok`;
}

/** Runs `work` and prints a refusal as its one clear line, with exit code 1. */
export async function refusedAsMessage(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DatabaseFileRefused)) throw error;
    process.stderr.write(`${error.message} Nothing was changed.\n`);
    return 1;
  }
}

/** `samskab backup <file>`: an online backup of the SQLite database into a new file, checked. */
export async function run(args: string[]): Promise<number> {
  const [target, ...extra] = args;
  if (!target || extra.length > 0 || target.startsWith('-')) {
    process.stderr.write('Usage: samskab backup <file>   (a new file; it is never overwritten)\n');
    return 2;
  }
  const files = sqliteFileOperations(parseConfig(process.env));
  if (!files) {
    process.stderr.write(pgDumpAdvice);
    return 2;
  }
  return refusedAsMessage(async () => {
    const started = performance.now();
    const report = await files.backup(target);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(`Backed up ${files.file} to ${report.path} in ${seconds} s: ${describeDatabaseFile(report)}.\n`);
    return 0;
  });
}
