// `samskab mdgp <file> --seconds S [--seed N]`: solves one MDGPLIB instance and prints
// {"objective", "assignment"} as JSON on stdout; progress goes to stderr. Exit 0 with the best
// found, 2 on bad input. The clock starts after the file is read and parsed.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseMdgplib } from '../solver/mdgplib.ts';
import { findMdgpInfeasibility, solveMdgp } from '../solver/mdgp.ts';

export interface SolverFlags {
  file: string;
  seconds: number;
  seed: number;
}

/** Parses `<file> --seconds S [--seed N]`; returns a message for the user on error. */
export function parseSolverFlags(args: string[], usage: string): SolverFlags | string {
  let file: string | undefined;
  let seconds: number | undefined;
  let seed = 1;
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--seconds' || flag === '--seed') {
      const raw = inline ?? args[++k];
      if (raw === undefined) return `${flag} needs a value. Usage: ${usage}`;
      const value = Number(raw);
      if (flag === '--seconds') {
        if (!Number.isFinite(value) || value <= 0) return `--seconds must be a positive number, got "${raw}"`;
        seconds = value;
      } else {
        if (!Number.isInteger(value)) return `--seed must be an integer, got "${raw}"`;
        seed = value;
      }
    } else if (a.startsWith('-')) {
      return `Unknown option "${a}". Usage: ${usage}`;
    } else if (file === undefined) {
      file = a;
    } else {
      return `Unexpected argument "${a}". Usage: ${usage}`;
    }
  }
  if (file === undefined) return `Missing input file. Usage: ${usage}`;
  if (seconds === undefined) return `Missing --seconds. Usage: ${usage}`;
  return { file, seconds, seed };
}

const USAGE = 'samskab mdgp <file> --seconds S [--seed N]';

export async function run(args: string[]): Promise<number> {
  const flags = parseSolverFlags(args, USAGE);
  if (typeof flags === 'string') {
    process.stderr.write(flags + '\n');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(flags.file, 'utf8');
  } catch (error) {
    process.stderr.write(`Cannot read ${flags.file}: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseMdgplib(text);
  if (!parsed.ok) {
    process.stderr.write(`${flags.file} is not an MDGPLIB instance: ${parsed.error}\n`);
    return 2;
  }
  const infeasible = findMdgpInfeasibility(parsed.instance);
  if (infeasible) {
    process.stderr.write(`${flags.file} has no feasible grouping: ${infeasible}\n`);
    return 2;
  }
  let lastReport = 0;
  const result = solveMdgp(parsed.instance, {
    seed: flags.seed,
    budgetMs: flags.seconds * 1000,
    now: () => performance.now(),
    onProgress: ({ best, elapsedMs }) => {
      if (elapsedMs - lastReport < 250) return;
      lastReport = elapsedMs;
      process.stderr.write(`${(elapsedMs / 1000).toFixed(1)} s best ${best.toFixed(3)}\n`);
    },
  });
  process.stderr.write(`done: ${result.objective.toFixed(3)} after ${result.generations} generations, ${result.localSearches} local searches\n`);
  process.stdout.write(JSON.stringify({ objective: result.objective, assignment: Array.from(result.assignment) }) + '\n');
  return 0;
}
