// Delivers the outbox. Each round claims due messages atomically (a claim is a lease: a message
// claimed by one worker, in this or another process, is left alone until the lease ends), sends
// them, then marks them sent. A failure releases the message for a later attempt with backoff; a
// crash leaves the lease to run out, and another round delivers again (same file, same Message-ID).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { retryDelayMs, type MailAttachment } from '../domain/outbox.ts';
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
  onError?: (error: unknown) => void;
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

/**
 * The text kept after delivery: participant (/i/…), recruiter (/r/…) and survey (/s/…) links are tokens stored
 * nowhere else but as hashes, so the copy in the database loses them once the mail is out.
 */
export function withoutPersonalLinks(text: string): string {
  return text.replace(/\/([irs])\/[A-Za-z0-9_-]{16,}/g, '/$1/[personligt link fjernet]');
}

/**
 * The files kept after delivery, without personal links. A calendar file folds long lines (RFC
 * 5545 §3.1), which can split a link; the kept copy is unfolded first so no part of a token survives.
 */
export function attachmentsWithoutPersonalLinks(attachments: readonly MailAttachment[]): MailAttachment[] {
  return attachments.map((a) => ({ ...a, content: withoutPersonalLinks(a.content.replace(/\r?\n[ \t]/g, '')) }));
}

const later = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 200;
  const leaseMs = options.leaseMs ?? 120_000;
  const batch = options.batch ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let stopped = true;
  // Rounds that failed in a row (the database away): the next look waits longer, up to 5 s.
  let failures = 0;

  async function runOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = options.clock.now();
      const claimed = await options.outbox().claimDue(id, now, later(now, leaseMs), batch);
      if (claimed.length === 0) return delivered;
      for (const message of claimed) {
        try {
          await options.transport.send(message);
          if (await options.outbox().markSent(message.id, id, options.clock.now(), withoutPersonalLinks(message.bodyText),
            attachmentsWithoutPersonalLinks(message.attachments))) delivered++;
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          await options.outbox().markFailed(message.id, id, text, later(options.clock.now(), retryDelayMs(message.attempts)));
        }
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
