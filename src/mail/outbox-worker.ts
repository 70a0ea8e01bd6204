// Delivers the outbox at least once, with a duplicate the rare exception. Each round claims due
// messages atomically (a claim is a lease: a message claimed by one worker, in this or another
// process, is left alone until the lease ends) and renews the lease while it sends, so a slow or
// stalled mail server does not let a second worker send the same message. A message is marked sent
// after the server accepted it. A failure releases it for a later attempt with exponential backoff
// and jitter, up to a bounded number of attempts; a permanent refusal (SMTP 5xx) or the last
// attempt marks it failed with the reason, for the coordinator to see. A crash leaves the lease to
// run out, and another round delivers again (same file, same Message-ID): the one duplicate left.
import { randomInt, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { afterFailedDelivery, attachmentsWithoutPersonalLinks, withoutPersonalLinks, type OutboxMessage } from '../domain/outbox.ts';
import type { Clock, OutboxStore } from '../ports.ts';
import type { MailTransport } from './transports.ts';

export interface OutboxWorkerOptions {
  outbox: () => OutboxStore;
  clock: Clock;
  transport: MailTransport;
  /** How often to look for due messages when nobody wakes the worker. */
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
  /**
   * How many messages of a batch are handed to the transport at once (1 by default). Those sent
   * together are marked sent together, in one statement.
   */
  parallel?: number;
  onError?: (error: unknown) => void;
  /** A number in [0, 1) that spreads the retry delays; random by default. */
  jitter?: () => number;
}

export interface OutboxWorker {
  readonly id: string;
  start(): void;
  /** Look now (called after a transaction queued mail). */
  wake(): void;
  /** One round: claims and delivers what is due; returns how many were delivered. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const later = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();
const randomJitter = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** A refusal that a later attempt will not change: the SMTP server answered 5xx. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 200;
  const leaseMs = options.leaseMs ?? 120_000;
  const batch = options.batch ?? 20;
  const parallel = Math.max(1, options.parallel ?? 1);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let stopped = true;
  // Rounds that failed in a row (the database away): the next look waits longer, up to 5 s.
  let failures = 0;

  /**
   * Keeps the lease on the messages of a batch not yet settled, every third of the lease, while
   * they are being sent; `holds` says whether a message is still this worker's to send.
   */
  function leaseKeeper(claimed: readonly OutboxMessage[]) {
    const held = new Set(claimed.map((m) => m.id));
    let renewing: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      renewing = options.outbox().renewLease([...held], id, later(options.clock.now(), leaseMs)).then((still) => {
        const kept = new Set(still);
        for (const messageId of held) if (!kept.has(messageId)) held.delete(messageId);
      }, (error) => options.onError?.(error));
    }, Math.max(10, Math.floor(leaseMs / 3)));
    timer.unref();
    return {
      holds: (messageId: string) => held.has(messageId),
      settled: (messageId: string) => { held.delete(messageId); },
      async stop() { clearInterval(timer); await renewing; },
    };
  }

  /** Sends one message; a failure is settled at once (retry later or give up), a success is returned for marking. */
  async function deliver(message: OutboxMessage): Promise<boolean> {
    try {
      await options.transport.send(message);
      return true;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const next = afterFailedDelivery(message.attempts, isPermanent(error), (options.jitter ?? randomJitter)());
      // Given up, the message is read only to see what failed and why: its links go as after delivery.
      if ('giveUp' in next) {
        await options.outbox().markUndeliverable(message.id, id, text, withoutPersonalLinks(message.bodyText), attachmentsWithoutPersonalLinks(message.attachments));
      }
      else await options.outbox().markFailed(message.id, id, text, later(options.clock.now(), next.retryInMs));
      return false;
    }
  }

  /** Marks the delivered messages sent in one statement, keeping only copies without personal links. */
  async function markSent(messages: readonly OutboxMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const marked = await options.outbox().markSentMany(messages.map((m) => ({
      id: m.id, bodyAfterSend: withoutPersonalLinks(m.bodyText), attachmentsAfterSend: attachmentsWithoutPersonalLinks(m.attachments),
    })), id, options.clock.now());
    return marked.length;
  }

  async function runOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = options.clock.now();
      const claimed = await options.outbox().claimDue(id, now, later(now, leaseMs), batch);
      if (claimed.length === 0) return delivered;
      const lease = leaseKeeper(claimed);
      try {
        for (let start = 0; start < claimed.length; start += parallel) {
          // A renewal that found a message claimed by another worker: that worker sends it.
          const wave = claimed.slice(start, start + parallel).filter((m) => lease.holds(m.id));
          const outcomes = await Promise.all(wave.map(deliver));
          delivered += await markSent(wave.filter((_, k) => outcomes[k]));
          for (const m of wave) lease.settled(m.id);
        }
      } finally {
        await lease.stop();
      }
      if (claimed.length < batch) return delivered;
    }
  }

  function round(): void {
    if (stopped) return;
    if (running) { again = true; return; }
    if (timer) { clearTimeout(timer); timer = undefined; }
    running = runOnce().then(() => { failures = 0; }, (error) => { failures++; options.onError?.(error); }).finally(() => {
      running = undefined;
      if (stopped) return;
      if (again && failures === 0) { again = false; round(); return; }
      again = false;
      timer = setTimeout(round, failures === 0 ? pollMs : Math.min(5000, pollMs * 2 ** failures));
      timer.unref();
    });
  }

  return {
    id,
    start() { if (!stopped) return; stopped = false; round(); },
    wake() { round(); },
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      options.transport.close();
    },
  };
}
