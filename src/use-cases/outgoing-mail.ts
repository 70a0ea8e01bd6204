// Mail is queued in the outbox inside the transaction that decides to send it, and delivered by the
// outbox worker once that transaction has committed.
import { fillTemplate } from '../domain/message-template.ts';
import type { NewOutboxMessage } from '../domain/outbox.ts';
import type { Deps, Stores } from '../ports.ts';

/** Mail queued inside a transaction; the worker is woken once the transaction has committed. */
export async function queueMail(stores: Stores, deps: Deps, message: NewOutboxMessage): Promise<void> {
  if (!message.toAddress) return;
  await stores.outbox.enqueue(await withOwnWording(stores, message), deps.clock.now());
}

/** The coordinator's own wording of this kind of message for the summit, if there is one. */
async function withOwnWording(stores: Stores, message: NewOutboxMessage): Promise<NewOutboxMessage> {
  const { placeholders, language, ...rest } = message;
  // The coordinator writes in Danish: a person who reads English gets the English standard text.
  if (!placeholders || !message.summitId || (language ?? 'da') !== 'da') return rest;
  const own = await stores.lifecycle.findTemplate(message.summitId, message.kind);
  if (!own) return rest;
  return { ...rest, subject: fillTemplate(own.subject, placeholders), bodyText: fillTemplate(own.body, placeholders) };
}

/** Wakes the outbox worker; call it after the transaction that queued mail has committed. */
export function mailQueued(deps: Deps): void {
  deps.onMailQueued?.();
}
