// MDGPLIB benchmark: runs `solveMdgp` on instance files with the literature's time limits
// (n=120: 3 s, 240: 20 s, 480: 120 s, 960: 600 s) unless --seconds is given, re-checks every answer
// from the file (sizes and objective, computed here independently), and prints the gap to the
// best-known value and to TPSDP's published 20-run average.
//   npm run bench:mdgp -- [--dir ../shared/mdgp/instances] [--class RanReal] [--n 240] [--kind ss]
//                         [--seconds S] [--seed N] [--instances 01,02] [--cpu] [--runs N]
// --cpu limits each run by this process's CPU time (user + system, as TPSDP's code does with
// clock() on Linux) instead of wall time, so figures stay comparable on a shared machine.
// --runs N runs seeds seed … seed + N − 1 per instance and reports the best and the average.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseMdgplib } from '../src/solver/mdgplib.ts';
import { solveMdgp } from '../src/solver/mdgp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const dir = resolve(root, flag('--dir') ?? '../shared/mdgp/instances');
const onlyClass = flag('--class');
const onlyN = flag('--n');
const onlyKind = flag('--kind');
const seconds = flag('--seconds');
const seed = Number(flag('--seed') ?? '1');
const only = flag('--instances')?.split(',').map((s) => s.trim().padStart(2, '0'));
const cpuClock = args.includes('--cpu');
const runs = Math.max(1, Number(flag('--runs') ?? '1'));
/** Milliseconds of CPU time this process has used. */
const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const clock = cpuClock ? cpuNow : () => performance.now();
const timeLimit: Record<number, number> = { 120: 3, 240: 20, 480: 120, 960: 600 };

function readTable(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
    const cells = line.split(',');
    out.set(cells[0], cells);
  }
  return out;
}
const bestKnown = readTable(join(dir, '..', 'best-known.csv'));
const tpsdp = readTable(join(dir, '..', 'tpsdp-runs.csv'));

const files: string[] = [];
for (const cls of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  if (onlyClass && cls !== onlyClass) continue;
  for (const name of readdirSync(join(dir, cls)).sort()) {
    const m = /^(\w+)_n(\d+)_(ss|ds)_(\d+)\.txt$/.exec(name);
    if (!m) continue;
    if (onlyN && m[2] !== onlyN) continue;
    if (onlyKind && m[3] !== onlyKind) continue;
    if (only && !only.includes(m[4])) continue;
    files.push(join(dir, cls, name));
  }
}
if (files.length === 0) {
  console.error(`No instance files matched under ${dir}`);
  process.exit(2);
}

interface Row { name: string; group: string; objective: number; gap: number; refGap: number; seconds: number }
const rows: Row[] = [];
console.log(`seed ${seed}${runs > 1 ? `…${seed + runs - 1} (${runs} runs)` : ''}${seconds ? `, ${seconds} s per run` : ', literature time limits'}${cpuClock ? ' of CPU time' : ' of wall time'}`);
console.log('| instance | best | average | best known | gap % (average) | TPSDP avg | TPSDP avg gap % | ours − avg gap | s per run |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const path of files) {
  const name = path.split('/').pop()!.replace(/\.txt$/, '');
  const parsed = parseMdgplib(readFileSync(path, 'utf8'));
  if (!parsed.ok) { console.error(`${name}: ${parsed.error}`); continue; }
  const inst = parsed.instance;
  const budget = seconds ? Number(seconds) : (timeLimit[inst.n] ?? 60);
  let best = -Infinity, total = 0, took = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = clock();
    const result = solveMdgp(inst, { seed: seed + k, budgetMs: budget * 1000, now: clock });
    took += (clock() - t0) / 1000;
    // Independent check: sizes within bounds, objective summed over same-group pairs.
    const a = result.assignment;
    const size = new Array<number>(inst.m).fill(0);
    for (const g of a) size[g]++;
    size.forEach((sz, g) => { if (sz < inst.lower[g] || sz > inst.upper[g]) throw new Error(`${name}: group ${g} has ${sz} elements`); });
    let objective = 0;
    for (let i = 0; i < inst.n; i++) for (let j = i + 1; j < inst.n; j++) if (a[i] === a[j]) objective += inst.d[i * inst.n + j];
    if (Math.abs(objective - result.objective) > 1e-6 * objective) throw new Error(`${name}: claimed ${result.objective}, recomputed ${objective}`);
    best = Math.max(best, objective);
    total += objective;
  }
  const objective = total / runs;
  const bkv = Number(bestKnown.get(name)?.[3] ?? NaN);
  const avg = Number(tpsdp.get(name)?.[4] ?? NaN);
  const gap = ((bkv - objective) / bkv) * 100;
  const refGap = ((bkv - avg) / bkv) * 100;
  const group = name.replace(/_\d+$/, '');
  rows.push({ name, group, objective, gap, refGap, seconds: took / runs });
  console.log(`| ${name} | ${best.toFixed(3)} | ${objective.toFixed(3)} | ${bkv.toFixed(3)} | ${gap.toFixed(3)} | ${avg.toFixed(3)} | ${refGap.toFixed(3)} | ${(gap - refGap).toFixed(3)} | ${(took / runs).toFixed(1)} |`);
}

console.log('\n| class | instances | mean gap % | TPSDP mean avg gap % | difference |');
console.log('|---|---:|---:|---:|---:|');
const groups = [...new Set(rows.map((r) => r.group))];
for (const g of [...groups, 'all']) {
  const list = g === 'all' ? rows : rows.filter((r) => r.group === g);
  const mean = (f: (r: Row) => number): number => list.reduce((s, r) => s + f(r), 0) / list.length;
  console.log(`| ${g} | ${list.length} | ${mean((r) => r.gap).toFixed(3)} | ${mean((r) => r.refGap).toFixed(3)} | ${(mean((r) => r.gap) - mean((r) => r.refGap)).toFixed(3)} |`);
}
