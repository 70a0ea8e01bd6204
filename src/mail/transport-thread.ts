// Worker-thread entry of threaded-transport.ts: builds the transport it is given and sends each
// message it receives, several at once, answering each by its number. 'close' closes the
// transport and ends the thread once the messages in flight are answered.
import { parentPort, workerData } from 'node:worker_threads';
import type { OutboxMessage } from '../domain/outbox.ts';
import type { TransportReply, TransportSpec } from './transport-thread-protocol.ts';
import { fileTransport, smtpTransport } from './transports.ts';

const spec = workerData as TransportSpec;
const transport = spec.kind === 'file' ? fileTransport(spec.dir, spec.from) : smtpTransport(spec.url, spec.from);
const port = parentPort!;
let inFlight = 0;
let closing = false;

const finish = () => {
  if (!closing || inFlight > 0) return;
  transport.close();
  port.close();
};

port.on('message', (request: { seq: number; message: OutboxMessage } | 'close') => {
  if (request === 'close') { closing = true; finish(); return; }
  inFlight++;
  transport.send(request.message).then(
    (): TransportReply => ({ seq: request.seq, ok: true }),
    (error: unknown): TransportReply => {
      const code = (error as { responseCode?: unknown } | null)?.responseCode;
      return { seq: request.seq, ok: false, message: error instanceof Error ? error.message : String(error), ...(typeof code === 'number' ? { responseCode: code } : {}) };
    },
  ).then((reply) => {
    port.postMessage(reply);
    inFlight--;
    finish();
  });
});
