// Seating benchmark. Prints, per case, repeated pairs (against the best known where that is a
// known fact), fewest new contacts, same-value pairs against their lower bound, wall and CPU time and
// memory. Cases (all by default, or --only with a comma list):
//   summit   the Holbæk-sized summit: 168 people, 19 tables, 3 rounds, every kind of rule (0.5 s)
//   golfers  pure repeat sizes g-s-w: 5-3-7, 4-4-5, 6-4-7, 8-4-9, 8-4-10, 10-4-13 (10 s each)
//   event    120 people at 15 tables of 8 over 8 rounds with sector and area (2 s)
//   1000     1,000 people, 100 tables, 4 rounds, skewed areas, facilitators, keep-apart (3 s)
//   5000     5,000 people, 500 tables, 3 rounds, the same rules (30 s)
//   npm run bench:seating -- [--seed N] [--only summit,1000] [--seconds S (every case)] [--cpu] [--alone]
// --cpu limits each case by this process's CPU time (user + system) instead of wall time, so
// figures stay comparable on a shared machine. --alone adds, per case, the repeated pairs and
// same-value pairs of the greedy start and search without designs or symmetric starts, in the
// same budget.
import { performance } from 'node:perf_hooks';
import { planSeating } from '../src/solver/seating.ts';
import type { SeatingProblem } from '../src/solver/problem.ts';
import { event120, golfers, holbaekSummit, regionalRoster } from './seating-cases.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1] : fallback;
};
const seed = Number(flag('--seed', '1'));
const only = flag('--only', 'summit,golfers,event,1000,5000').split(',');
const override = args.includes('--seconds') ? Number(flag('--seconds', '1')) : undefined;
const cpuClock = args.includes('--cpu');
const alone = args.includes('--alone');
const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const clock = cpuClock ? cpuNow : () => performance.now();

interface Case { name: string; make: () => SeatingProblem; seconds: number; bestKnown?: number }
const cases: Case[] = [];
if (only.includes('summit')) cases.push({ name: 'Holbæk 168 × 19 tables × 3 rounds', make: () => holbaekSummit(seed), seconds: 0.5, bestKnown: 0 });
if (only.includes('golfers')) {
  for (const [g, s, w] of [[5, 3, 7], [4, 4, 5], [6, 4, 7], [8, 4, 9], [8, 4, 10], [10, 4, 13]]) {
    cases.push({ name: `golfers ${g}-${s}-${w}`, make: () => golfers(g, s, w), seconds: 10, bestKnown: 0 });
  }
}
if (only.includes('event')) cases.push({ name: 'event 120 × 15 tables of 8 × 8 rounds', make: () => event120(seed), seconds: 2, bestKnown: 0 });
if (only.includes('1000')) cases.push({ name: 'regional 1,000 × 100 tables × 4 rounds', make: () => regionalRoster(1000, 100, 4, seed), seconds: 3 });
if (only.includes('5000')) cases.push({ name: 'regional 5,000 × 500 tables × 3 rounds', make: () => regionalRoster(5000, 500, 3, seed), seconds: 30 });

const head = ['case', 'violations', 'repeated pairs (forced)', 'best known', 'fewest new', 'same-value pairs / lower bound', 'wall', 'cpu', 'start', 'rss', ...(alone ? ['search alone: repeats; same-value pairs'] : [])];
console.log(`seed ${seed}, budgets in ${cpuClock ? 'CPU' : 'wall'} time`);
console.log('| ' + head.join(' | ') + ' |');
console.log('|' + head.map(() => '---').join('|') + '|');
for (const c of cases) {
  const problem = c.make();
  const seconds = override ?? c.seconds;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = planSeating(problem, { seed, budgetMs: seconds * 1000, now: clock });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const rss = process.memoryUsage().rss / 2 ** 20;
  const s = result.score;
  const attrs = Object.keys(s.sameValuePairs).map((a) => {
    const lb = s.sameValuePairsLowerBound[a];
    const over = lb > 0 ? ((s.sameValuePairs[a] - lb) / lb) * 100 : 0;
    return `${a} ${s.sameValuePairs[a]}/${lb} (+${over.toFixed(1)}%, uneven ${s.unevenSpread[a]})`;
  }).join('; ') || '—';
  let without: string[] = [];
  if (alone) {
    const other = planSeating(problem, { seed, budgetMs: seconds * 1000, now: clock, useDesigns: false }).score;
    without = [`${other.repeatedPairs}; ${Object.keys(other.sameValuePairs).map((a) => `${a} ${other.sameValuePairs[a]}`).join(', ') || '—'}`];
  }
  const start = result.stats.start === 'cyclic' ? `cyclic (${result.stats.cycle})` : result.stats.start === 'design' ? `design: ${result.stats.design}` : result.stats.start;
  console.log('| ' + [c.name, String(result.violations.length), `${s.repeatedPairs} (${s.forcedRepeatedPairs})`, c.bestKnown === undefined ? '—' : String(c.bestKnown),
    String(s.fewestNewPeople), attrs, `${(ms / 1000).toFixed(2)} s`, `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`, start, `${rss.toFixed(0)} MiB`, ...without].join(' | ') + ' |');
  for (const v of result.violations.slice(0, 5)) console.error(`  ${v.code}: ${v.message}`);
}
