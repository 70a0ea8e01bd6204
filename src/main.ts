// Composition root of the server: config, database, demo seed, HTTP.
import { parseConfig } from './config.ts';
import { openRuntime } from './composition.ts';
import { buildApp } from './server/app.ts';
import { startRegistrationBackground } from './server/registration-background.ts';
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

const registration = startRegistrationBackground(runtime.deps, config);
const app = await buildApp({ deps: registration.deps, publicUrl: config.publicUrl, secureCookies: config.secureCookies, trustProxy: config.trustProxy, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
await app.listen({ port: config.port, host: config.host });

const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;
console.log(`Samskab is running on ${config.publicUrl} (storage: ${storage}).`);
console.log('Coordinators log in at /login. Create an account with: npx samskab create-coordinator <email>');

async function shutdown(signal: string) {
  console.log(`Received ${signal}, stopping.`);
  await app.close();
  await registration.stop();
  await runtime.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
