import { parseConfig } from '../config.ts';
import { sqliteFileOperations } from '../composition.ts';
import { describeDatabaseFile, pgDumpAdvice, refusedAsMessage } from './backup-command.ts';

/**
 * `samskab restore <file>`: replaces the SQLite database by a checked backup, with every server on
 * it stopped, and migrates it when it comes from an older version.
 */
export async function run(args: string[]): Promise<number> {
  const [source, ...extra] = args;
  if (!source || extra.length > 0 || source.startsWith('-')) {
    process.stderr.write('Usage: samskab restore <file>   (stop the server first)\n');
    return 2;
  }
  const files = sqliteFileOperations(parseConfig(process.env));
  if (!files) {
    process.stderr.write(pgDumpAdvice);
    return 2;
  }
  return refusedAsMessage(async () => {
    const report = await files.restore(source);
    const lines = [`Restored ${source} into ${files.file}: ${describeDatabaseFile(report)}.`];
    lines.push(report.applied.length > 0
      ? `It came from an older version: applied ${report.applied.length} migration(s), ${report.applied.join(', ')}.`
      : 'Its schema was current: no migration was needed.');
    if (report.previous) lines.push(`The database it replaced is kept as ${report.previous}; delete it once you are sure (it holds personal data).`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
