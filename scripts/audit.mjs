// CI: `npm audit --omit=dev --audit-level=high` on the production dependencies. Fails on a high or
// critical advisory. When the registry's audit endpoint cannot be asked (no network, or a mirror
// that answers 405 to its POST), it says so in one line and does not fail: the audit could not
// run, which is not the same as finding a hole, and a mirror must not break every build.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? report.error?.summary ?? run.error?.message ?? (run.stderr || '').trim().split('\n').pop() ?? 'no answer';
  console.log(`npm audit skipped: the registry's audit endpoint could not be asked (${reason}).`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
const names = Object.values(report.vulnerabilities ?? {})
  .filter((v) => v.severity === 'high' || v.severity === 'critical').map((v) => `${v.name} (${v.severity})`);
if (serious > 0) {
  console.error(`npm audit: ${serious} high or critical advisories in production dependencies: ${names.join(', ')}`);
  process.exit(1);
}
console.log(`npm audit: no high or critical advisories in production dependencies (${counts.total ?? 0} lower).`);
