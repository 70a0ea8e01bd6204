// A mail transport whose work (building the MIME message, writing the file or talking SMTP) runs
// in a worker thread, so a burst of mail never holds up the server's request event loop. The
// thread answers each message with success or the error, including the SMTP response code that
// tells a permanent refusal from a passing one.
import { Worker } from 'node:worker_threads';
import type { OutboxMessage } from '../domain/outbox.ts';
import type { TransportSpec, TransportReply } from './transport-thread-protocol.ts';
import type { MailTransport } from './transports.ts';

/**
 * The thread's entry sits beside this file: compiled JavaScript in dist/, or TypeScript in src/.
 * A worker does not inherit loaders registered through tsx's API, and Node 20 resolves a worker's
 * entry before `--import` hooks run, so for the sources a tiny bootstrap registers tsx inside the
 * worker and then imports the entry.
 */
function bootstrapSource(): string {
  if (import.meta.url.endsWith('.js')) return `import(${JSON.stringify(new URL('./transport-thread.js', import.meta.url).href)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./transport-thread.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

/** An error as the worker loop reads it: the message and, from SMTP, the response code. */
class DeliveryError extends Error {
  constructor(message: string, readonly responseCode?: number) { super(message); }
}

export function threadedTransport(spec: TransportSpec): MailTransport {
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  // The thread starts with the first message: a process with nothing to send never spends its
  // start-up loading nodemailer beside the requests.
  let worker: Worker | undefined;
  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(bootstrapSource(), { eval: true, workerData: spec });
    // The thread must not keep a stopping server alive; a send in flight keeps it referenced.
    started.unref();
    started.on('message', (reply: TransportReply) => {
      const waiting = pending.get(reply.seq);
      if (!waiting) return;
      pending.delete(reply.seq);
      if (pending.size === 0) started.unref();
      if (reply.ok) waiting.resolve();
      else waiting.reject(new DeliveryError(reply.message, reply.responseCode));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => failAll(new Error(`The mail thread stopped (exit code ${code})`)));
    worker = started;
    return started;
  };
  return {
    kind: spec.kind,
    send(message: OutboxMessage) {
      if (broken) return Promise.reject(broken);
      const target = thread();
      const seq = next++;
      return new Promise<void>((resolve, reject) => {
        pending.set(seq, { resolve, reject });
        target.ref();
        target.postMessage({ seq, message });
      });
    },
    close() {
      worker?.postMessage('close');
    },
  };
}
