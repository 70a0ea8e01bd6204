// The composition root: the one place that builds adapters and workers and hands them to the
// ports and to the HTTP app. The server (main.ts), the CLI and the tests' app builder all come
// through here, so they wire the same things; server/ builds none of them.
import type { FastifyInstance } from 'fastify';
import { join, resolve } from 'node:path';
import type { Config } from './config.ts';
import { icsCalendar } from './exports/summit-calendar.ts';
import { startPeriodicTask } from './jobs/periodic-task.ts';
import { createSeatingJobs } from './jobs/seating-jobs.ts';
import { createOutboxWorker } from './mail/outbox-worker.ts';
import { mailTexts } from './mail/mail-texts.ts';
import { threadedTransport } from './mail/threaded-transport.ts';
import type { Deps, PlanRunner, PrintRenderer } from './ports.ts';
import { buildApp } from './server/app.ts';
import { migrateToLatest, openDatabase, sqliteFileName, type Database } from './storage/database.ts';
import { backupDatabaseFile, restoreDatabaseFile } from './storage/backup/database-file.ts';
import { createSeatGuard } from './storage/seat-guard.ts';
import { createUnitOfWork } from './storage/unit-of-work.ts';
import { argon2Passwords } from './system/argon2-passwords.ts';
import { cryptoTokens } from './system/crypto-tokens.ts';
import { cryptoCsrfTokens } from './system/csrf-tokens.ts';
import { systemClock } from './system/system-clock.ts';
import { purgePersonalData } from './use-cases/personal-data/purge-personal-data.ts';
import { sweepReconfirmations } from './use-cases/lifecycle/sweep-reconfirmations.ts';
import { expireInvitations } from './use-cases/registration/expire-invitations.ts';
import { sweepSurveyReminders } from './use-cases/survey/sweep-survey-reminders.ts';

export interface Runtime {
  deps: Deps;
  database: Database;
  close(): Promise<void>;
}

/** Where the app is reached, and what tests may swap: a fixed clock, a cheaper password hash. */
export type DepsSettings = Pick<Deps, 'publicUrl'> & Partial<Pick<Deps, 'clock' | 'passwords' | 'branding'>>;

/** The adapters behind the ports, over an open database. */
export function composeDeps(database: Database, settings: DepsSettings): Deps {
  const db = createUnitOfWork(database);
  return {
    db, clock: systemClock, tokens: cryptoTokens, csrf: cryptoCsrfTokens, passwords: argon2Passwords, calendar: icsCalendar, mailTexts,
    seatGuard: createSeatGuard(db), print: printRenderer(), ...settings,
  };
}

let sharedPrintRenderer: Promise<PrintRenderer> | undefined;

/**
 * One renderer per process, made on first use: it reads its font files once, and neither they nor
 * the PDF and QR code libraries hold up the start of a process that prints nothing.
 */
function printRenderer(): PrintRenderer {
  const renderer = () => (sharedPrintRenderer ??= import('./exports/print-renderer.ts')
    .then(({ createPdfPrintRenderer, debianDejaVu }) => createPdfPrintRenderer({ fontDir: debianDejaVu })));
  return {
    badges: async (layout, badges) => (await renderer()).badges(layout, badges),
    tableCards: async (cards) => (await renderer()).tableCards(cards),
    qrSvg: async (text, label) => (await renderer()).qrSvg(text, label),
    documentPdf: async (document) => (await renderer()).documentPdf(document),
  };
}

/** The database of the configuration (migrated) with its adapters: what the server and the CLI share. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);
  return { deps: composeDeps(database, { publicUrl: config.publicUrl, branding: config.branding }), database, close: () => database.close() };
}

export { DatabaseFileRefused, type DatabaseFileReport } from './storage/backup/database-file.ts';

/**
 * Backup and restore of the configuration's SQLite file (paths relative to the working folder);
 * undefined on PostgreSQL, whose own tools (pg_dump, pg_restore) do that work.
 */
export function sqliteFileOperations(config: Pick<Config, 'databaseUrl' | 'dataDir'>) {
  if (config.databaseUrl) return undefined;
  const file = join(config.dataDir, sqliteFileName);
  return {
    file,
    backup: (target: string) => backupDatabaseFile(file, resolve(target)),
    restore: (source: string) => restoreDatabaseFile(resolve(source), file, systemClock.now()),
  };
}

export type AppSettings = Pick<Config, 'secureCookies'> & Partial<Pick<Config, 'trustProxy' | 'logLevel'>> & { logStream?: NodeJS.WritableStream };

/**
 * The HTTP app with its planning runner (the solver in worker threads, or `planRunner`). Closing
 * the app stops the runner's jobs, each keeping its best plan.
 */
export function composeApp(deps: Deps, settings: AppSettings, planRunner: PlanRunner = createSeatingJobs()): Promise<FastifyInstance> {
  const { secureCookies, trustProxy, logLevel, logStream } = settings;
  return buildApp({ deps, planRunner, secureCookies, trustProxy, logLevel, logStream });
}

export interface Background {
  /** The deps to hand to the app: they wake the outbox worker whenever a transaction queued mail. */
  deps: Deps;
  stop(): Promise<void>;
}

const SWEEP_EVERY_MS = 30_000;
/** The retention job needs no precision: a day's deletions are due at the latest an hour late. */
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * The server's work off the request: the outbox worker (delivers mail through SMTP when SMTP_URL
 * is set, else as .eml files in <data>/outbox/) and the sweep that expires unanswered invitations
 * and runs the re-confirmation reminders and deadlines of rescheduled summits and the survey's
 * one reminder, and the retention job that erases ended summits' personal data. All are safe with
 * several server processes on one database.
 */
export function startBackground(base: Deps, config: Pick<Config, 'dataDir' | 'smtpUrl' | 'mailFrom'>,
  log: (message: string) => void = console.error): Background {
  // Building and writing the messages happens in a thread of its own, several at a time, and
  // those sent together are marked sent in one statement: a burst of mail leaves the request
  // event loop with a claim and a mark per batch.
  const transport = threadedTransport(config.smtpUrl
    ? { kind: 'smtp', url: config.smtpUrl, from: config.mailFrom }
    : { kind: 'file', dir: join(config.dataDir, 'outbox'), from: config.mailFrom });
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const worker = createOutboxWorker({
    outbox: () => base.db.stores.outbox, clock: base.clock, transport, batch: 50, parallel: config.smtpUrl ? 1 : 25,
    onError: (error) => log(`Outbox worker: ${reason(error)}`),
  });
  const deps: Deps = { ...base, onMailQueued: () => worker.wake() };
  worker.start();
  const sweep = startPeriodicTask(async () => {
    await expireInvitations(deps);
    await sweepReconfirmations(deps);
    await sweepSurveyReminders(deps);
  }, SWEEP_EVERY_MS, (error) => log(`Expiry sweep: ${reason(error)}`));
  const purge = startPeriodicTask(() => purgePersonalData(deps), PURGE_EVERY_MS, (error) => log(`Retention job: ${reason(error)}`));
  return {
    deps,
    async stop() {
      await purge.stop();
      await sweep.stop();
      await worker.stop();
    },
  };
}
