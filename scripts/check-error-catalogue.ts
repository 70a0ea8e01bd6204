// Checks that docs/errors.md documents exactly the codes the API answers with, each with the status
// that server/http-errors.ts gives it. The compiler keeps the code side closed; this keeps the page true.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { statusByCode } from '../src/server/http-errors.ts';

/** Every `| \`code\`[, \`code\`] | status | … |` row of the page, as code → documented status. */
export function documentedStatuses(markdown: string): Map<string, number[]> {
  const documented = new Map<string, number[]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || !/^\d{3}$/.test(cells[2])) continue;
    for (const [, code] of cells[1].matchAll(/`([^`]+)`/g)) documented.set(code, [...(documented.get(code) ?? []), Number(cells[2])]);
  }
  return documented;
}

export function errorCatalogueProblems(markdown: string, statuses: Readonly<Record<string, number>> = statusByCode): string[] {
  const documented = documentedStatuses(markdown);
  const problems: string[] = [];
  for (const [code, status] of Object.entries(statuses)) {
    const listed = documented.get(code);
    if (!listed) problems.push(`${code} (${status}) is an error code but docs/errors.md does not list it`);
    else if (listed.length > 1) problems.push(`${code} is listed ${listed.length} times in docs/errors.md`);
    else if (listed[0] !== status) problems.push(`${code} answers ${status} but docs/errors.md says ${listed[0]}`);
  }
  for (const code of documented.keys()) {
    if (!(code in statuses)) problems.push(`${code} is listed in docs/errors.md but is no error code (src/domain/errors.ts, src/server/http-errors.ts)`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = errorCatalogueProblems(readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8'));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('error catalogue ok');
}
