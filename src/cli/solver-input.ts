// What the solver commands share: `<file> --seconds S [--seed N]`, and reading the file. Problems
// are told on stderr and answered with exit code 2.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

export interface SolverFlags {
  file: string;
  seconds: number;
  seed: number;
}

/** Parses `<file> --seconds S [--seed N]`; returns a message for the user on error. */
export function parseSolverFlags(args: string[], usage: string): SolverFlags | string {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { seconds: { type: 'string' }, seed: { type: 'string' } } });
  } catch (error) {
    return `${(error as Error).message}. Usage: ${usage}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return `Missing input file. Usage: ${usage}`;
  if (positionals.length > 1) return `Unexpected argument "${positionals[1]}". Usage: ${usage}`;
  if (values.seconds === undefined) return `Missing --seconds. Usage: ${usage}`;
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return `--seconds must be a positive number, got "${values.seconds}"`;
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) return `--seed must be an integer, got "${values.seed}"`;
  return { file: positionals[0], seconds, seed };
}

/** The flags and the input file's text, or the exit code after telling the user what is wrong. */
export async function readSolverInput(args: string[], usage: string): Promise<{ flags: SolverFlags; text: string } | number> {
  const flags = parseSolverFlags(args, usage);
  if (typeof flags === 'string') {
    process.stderr.write(flags + '\n');
    return 2;
  }
  try {
    return { flags, text: await readFile(flags.file, 'utf8') };
  } catch (error) {
    process.stderr.write(`Cannot read ${flags.file}: ${(error as Error).message}\n`);
    return 2;
  }
}
