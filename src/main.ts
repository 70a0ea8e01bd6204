// The server: config, database, demo seed, background work, HTTP; composition.ts builds each part.
import { parseConfig } from './config.ts';
import { composeApp, openRuntime, startBackground } from './composition.ts';
import { seedDemoSummit } from './use-cases/summit/seed-demo-summit.ts';

const config = parseConfig(process.env);
const runtime = await openRuntime(config);

if (config.seedDemo) {
  try {
    const { summit, created } = await seedDemoSummit(runtime.deps);
    if (created) console.log(`Seeded the demo summit "${summit.title}".`);
  } catch (error) {
    // Two servers starting on one PostgreSQL database may race to seed; the loser finds it there.
    if (!(await runtime.deps.db.stores.summits.findDemo())) throw error;
  }
}

const background = startBackground(runtime.deps, config);
const app = await composeApp(background.deps, { ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
await app.listen({ port: config.port, host: config.host });

const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
console.log(`Samskab is running on ${config.publicUrl} (storage: ${storage}).`);
console.log('Coordinators log in at /login. Create an account with: npx samskab create-coordinator <email>');

async function shutdown(signal: string) {
  console.log(`Received ${signal}, stopping.`);
  await app.close();
  await background.stop();
  await runtime.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
