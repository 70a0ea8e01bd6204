// A throwaway copy of the project (sources, tests, scripts and configuration; node_modules linked,
// not copied) for tests that plant a violation and run a whole-project check on it.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './type-check.ts';

const copied = ['package.json', 'tsconfig.json', 'knip.jsonc', 'eslint.config.js', 'bin', 'src', 'scripts', 'tests'];

export interface ProjectCopy {
  dir: string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-copy-'));
  for (const entry of copied) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
