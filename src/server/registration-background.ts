// The registration's background work inside the server process: the outbox worker (delivers mail
// as .eml files in <data>/outbox/, or through SMTP when SMTP_URL is set) and the sweep that expires
// unanswered invitations and runs the re-confirmation reminders and deadlines of rescheduled
// summits. All are safe with several server processes on one database.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { createOutboxWorker, type OutboxWorker } from '../mail/outbox-worker.ts';
import { fileTransport, smtpTransport } from '../mail/transports.ts';
import type { Deps } from '../ports.ts';
import { expireInvitations } from '../use-cases/registration/expire-invitations.ts';
import { sweepReconfirmations } from '../use-cases/lifecycle/sweep-reconfirmations.ts';

export interface RegistrationBackground {
  /** The deps to hand to the app: they wake the worker whenever a transaction queued mail. */
  deps: Deps;
  worker: OutboxWorker;
  stop(): Promise<void>;
}

export function startRegistrationBackground(base: Deps, config: Pick<Config, 'dataDir' | 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  log: (message: string) => void = console.error, sweepMs = 30_000): RegistrationBackground {
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : fileTransport(join(config.dataDir, 'outbox'), config.mailFrom);
  const worker = createOutboxWorker({
    outbox: () => base.db.stores.outbox, clock: base.clock, transport,
    onError: (error) => log(`Outbox worker: ${error instanceof Error ? error.message : String(error)}`),
  });
  const deps: Deps = { ...base, onMailQueued: () => worker.wake() };
  worker.start();
  let sweeping: Promise<unknown> | undefined;
  const sweep = () => {
    const links = { publicUrl: config.publicUrl };
    sweeping ??= expireInvitations(deps, links).then(() => sweepReconfirmations(deps, links))
      .catch((error) => log(`Expiry sweep: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => { sweeping = undefined; });
  };
  sweep();
  const timer = setInterval(sweep, sweepMs);
  timer.unref();
  return {
    deps, worker,
    async stop() {
      clearInterval(timer);
      await sweeping;
      await worker.stop();
    },
  };
}
