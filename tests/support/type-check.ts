// Type-checks a few planted files with the project's compiler options, for tests that prove a rule
// is enforced by the compiler: the planted file must fail, with a message naming the broken rule.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

export const repoRoot = new URL('../../', import.meta.url).pathname;

/** The compiler's messages for the files (name → source), checked on their own in a temporary folder. */
export function typeErrors(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-types-'));
  try {
    const roots = Object.entries(files).map(([name, source]) => {
      const path = join(dir, name);
      writeFileSync(path, source);
      return path;
    });
    const { config } = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, repoRoot);
    // Without @types/node and the DOM, so a check costs a second, not the whole project's type-check.
    const program = ts.createProgram(roots, { ...options, types: [], lib: ['lib.es2022.d.ts'] });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
