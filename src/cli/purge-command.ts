import { purgePersonalData, type PurgeReport } from '../use-cases/personal-data/purge-personal-data.ts';
import { withRuntime } from './with-runtime.ts';

/** The report as operators read it: per summit, what was erased, as counts. */
export function formatPurgeReport(report: PurgeReport): string {
  const lines: string[] = [];
  lines.push(report.purged.length === 0 ? 'No summit was due for deletion.' : `Erased the personal data of ${report.purged.length} summit(s):`);
  for (const { summitId, title, counts } of report.purged) {
    const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([what, n]) => `${what} ${n}`);
    lines.push(`  ${title} (${summitId}): ${parts.length ? parts.join(', ') : 'nothing left to erase'}`);
  }
  for (const { summitId, title, dueAt } of report.warned) lines.push(`Warned the coordinators of ${title} (${summitId}): deletion on ${dueAt}.`);
  if (report.scrubbedMessages > 0) lines.push(`Emptied ${report.scrubbedMessages} delivered or failed message(s).`);
  return `${lines.join('\n')}\n`;
}

/** `samskab purge [--now ISO]`: the retention job once, at `--now` when given (for tests and catching up). */
export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--now');
  let now: string | undefined;
  if (at >= 0) {
    const value = args[at + 1] ?? '';
    const time = new Date(value);
    if (!value || Number.isNaN(time.getTime())) {
      process.stderr.write(`--now needs an ISO date and time, e.g. 2027-06-01T00:00:00Z (got "${value}").\n`);
      return 2;
    }
    now = time.toISOString();
  }
  const report = await withRuntime((runtime) => purgePersonalData(runtime.deps, now));
  process.stdout.write(formatPurgeReport(report));
  return 0;
}
