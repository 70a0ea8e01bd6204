// `samskab seat <input.json> --seconds S [--seed N]`: plans tables over rounds and prints
// {"rounds", "score", "violations"} as JSON on stdout; progress goes to stderr.
// Exit 0 with the best plan found (rules that cannot all hold are listed as violations),
// 2 on bad input: unreadable file, malformed JSON, schema errors, unknown or duplicate ids,
// table sizes that cannot seat everyone, bad flags.
import { performance } from 'node:perf_hooks';
import { readSolverInput } from './solver-input.ts';
import { z } from 'zod';
import { planSeating } from '../solver/seating.ts';
import type { SeatingProblem } from '../solver/problem.ts';

const USAGE = 'samskab seat <input.json> --seconds S [--seed N]';

const id = z.string().min(1, 'ids must be non-empty strings');
const roundSeating = z.object({ tables: z.array(z.object({ id, people: z.array(id) })) });

export const seatingInputSchema = z.object({
  people: z.array(z.object({
    id,
    attributes: z.record(z.string(), z.string()).optional(),
    facilitator: z.boolean().optional(),
  })).min(1, 'there must be at least one person'),
  tables: z.array(z.object({
    id,
    min: z.number().int().min(0),
    max: z.number().int().min(1),
  })).min(1, 'there must be at least one table'),
  rounds: z.number().int().min(1).max(100),
  weights: z.record(z.string(), z.number().min(0)).optional(),
  keepApart: z.array(z.tuple([id, id])).optional(),
  keepTogether: z.array(z.array(id).min(2, 'a keep-together group needs at least two people')).optional(),
  fixed: z.array(z.object({ person: id, table: id, round: z.number().int().min(1).optional() })).optional(),
  facilitatorsStay: z.boolean().optional(),
  repeatWeight: z.number().min(0).optional(),
  replan: z.object({
    previous: z.object({ rounds: z.array(roundSeating) }),
    fromRound: z.number().int().min(1).optional(),
    absent: z.array(id).optional(),
  }).optional(),
});

/** Checks what the schema cannot: ids that must exist, ids that must be unique, sizes that must fit. */
export function findInputErrors(input: SeatingProblem): string[] {
  const errors: string[] = [];
  const people = new Set<string>();
  for (const p of input.people) {
    if (people.has(p.id)) errors.push(`person id "${p.id}" is used more than once`);
    people.add(p.id);
  }
  const tables = new Set<string>();
  for (const t of input.tables) {
    if (tables.has(t.id)) errors.push(`table id "${t.id}" is used more than once`);
    tables.add(t.id);
    if (t.min > t.max) errors.push(`table "${t.id}" has min ${t.min} above max ${t.max}`);
  }
  const person = (value: string, where: string): void => { if (!people.has(value)) errors.push(`${where} names unknown person "${value}"`); };
  const table = (value: string, where: string): void => { if (!tables.has(value)) errors.push(`${where} names unknown table "${value}"`); };
  input.keepApart?.forEach(([a, b], k) => { person(a, `keepApart[${k}]`); person(b, `keepApart[${k}]`); });
  input.keepTogether?.forEach((group, k) => group.forEach((p) => person(p, `keepTogether[${k}]`)));
  input.fixed?.forEach((f, k) => {
    person(f.person, `fixed[${k}]`);
    table(f.table, `fixed[${k}]`);
    if (f.round !== undefined && f.round > input.rounds) errors.push(`fixed[${k}] names round ${f.round}, but there are ${input.rounds} rounds`);
  });
  if (input.replan) {
    input.replan.absent?.forEach((p) => person(p, 'replan.absent'));
    input.replan.previous.rounds.forEach((round, r) => round.tables.forEach((t) => {
      table(t.id, `replan.previous.rounds[${r}]`);
      t.people.forEach((p) => person(p, `replan.previous.rounds[${r}]`));
    }));
    if ((input.replan.fromRound ?? 1) > input.rounds) errors.push(`replan.fromRound is ${input.replan.fromRound}, but there are ${input.rounds} rounds`);
  }
  const absent = new Set(input.replan?.absent ?? []);
  const seated = [...people].filter((p) => !absent.has(p)).length;
  const sumMin = input.tables.reduce((s, t) => s + t.min, 0);
  const sumMax = input.tables.reduce((s, t) => s + t.max, 0);
  if (seated > sumMax) errors.push(`${seated} people do not fit: the tables seat at most ${sumMax}`);
  if (seated < sumMin) errors.push(`${seated} people cannot fill the tables, which need at least ${sumMin}`);
  return errors;
}

export async function run(args: string[]): Promise<number> {
  const input = await readSolverInput(args, USAGE);
  if (typeof input === 'number') return input;
  const { flags, text } = input;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${flags.file} is not valid JSON: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = seatingInputSchema.safeParse(json);
  if (!parsed.success) {
    process.stderr.write(`${flags.file} is not a seating input:\n${z.prettifyError(parsed.error)}\n`);
    return 2;
  }
  const problem: SeatingProblem = parsed.data;
  const errors = findInputErrors(problem);
  if (errors.length > 0) {
    process.stderr.write(`${flags.file} cannot be planned:\n${errors.map((e) => `  ✖ ${e}`).join('\n')}\n`);
    return 2;
  }
  let lastReport = -Infinity;
  const result = planSeating(problem, {
    seed: flags.seed,
    budgetMs: flags.seconds * 1000,
    now: () => performance.now(),
    onProgress: ({ cost, elapsedMs }) => {
      if (elapsedMs - lastReport < 250) return;
      lastReport = elapsedMs;
      process.stderr.write(`${(elapsedMs / 1000).toFixed(1)} s cost ${cost}\n`);
    },
  });
  const s = result.score;
  process.stderr.write(`done: ${s.repeatedPairs} repeated pairs, fewest new people ${s.fewestNewPeople}, ${result.violations.length} violations, ${result.stats.iterations} iterations, ${describeStart(result.stats)}\n`);
  process.stdout.write(JSON.stringify({ rounds: result.rounds, score: result.score, violations: result.violations }, null, 2) + '\n');
  return 0;
}

/** Where the search began, as the report line says it: a design names its construction. */
function describeStart(stats: { start: 'greedy' | 'design' | 'cyclic'; design?: string; cycle?: number }): string {
  switch (stats.start) {
    case 'design': return `design start (${stats.design ?? 'combinatorial design'})`;
    case 'cyclic': return `cyclic start (${stats.cycle}-round cycle)`;
    case 'greedy': return 'greedy start';
  }
}
