// `samskab mdgp <file> --seconds S [--seed N]`: solves one MDGPLIB instance and prints
// {"objective", "assignment"} as JSON on stdout; progress goes to stderr. Exit 0 with the best
// found, 2 on bad input. The clock starts after the file is read and parsed.
import { performance } from 'node:perf_hooks';
import { readSolverInput } from './solver-input.ts';
import { parseMdgplib } from '../solver/mdgplib.ts';
import { findMdgpInfeasibility, solveMdgp } from '../solver/mdgp.ts';


const USAGE = 'samskab mdgp <file> --seconds S [--seed N]';

export async function run(args: string[]): Promise<number> {
  const input = await readSolverInput(args, USAGE);
  if (typeof input === 'number') return input;
  const { flags, text } = input;
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
