// Wires the real adapters to the ports. Shared by the server's main and the CLI, so both work on
// the same data folder or DATABASE_URL.
import type { Config } from './config.ts';
import { icsCalendar } from './exports/summit-calendar.ts';
import type { Deps } from './ports.ts';
import { migrateToLatest, openDatabase, type Database } from './storage/database.ts';
import { createSeatGuard } from './storage/seat-guard.ts';
import { createUnitOfWork } from './storage/unit-of-work.ts';
import { argon2Passwords } from './system/argon2-passwords.ts';
import { cryptoTokens } from './system/crypto-tokens.ts';
import { systemClock } from './system/system-clock.ts';

export interface Runtime {
  deps: Deps;
  database: Database;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);
  const db = createUnitOfWork(database);
  const deps: Deps = { db, clock: systemClock, tokens: cryptoTokens, passwords: argon2Passwords, calendar: icsCalendar, seatGuard: createSeatGuard(db) };
  return { deps, database, close: () => database.close() };
}
