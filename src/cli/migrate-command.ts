import { seedDemoSummit } from '../use-cases/summit/seed-demo-summit.ts';
import { withRuntime } from './with-runtime.ts';

/** Migrates the database (opening it does that) and, with --seed-demo, seeds the demo summit. */
export async function run(args: string[]): Promise<number> {
  await withRuntime(async (runtime) => {
    if (args.includes('--seed-demo')) await seedDemoSummit(runtime.deps);
  });
  process.stdout.write('The database is up to date.\n');
  return 0;
}
