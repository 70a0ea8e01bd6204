// Mail is queued in the outbox inside the transaction that decides to send it, and delivered by the
// outbox worker once that transaction has committed.
import { fillTemplate } from '../domain/message-template.ts';
import type { NewOutboxMessage, OutboxKind } from '../domain/outbox.ts';
import { isPublic, type Summit } from '../domain/summit.ts';
import type { SummitId } from '../domain/ids.ts';
import type { Deps, MessageTemplate, Stores } from '../ports.ts';

/** A summit's own wordings by kind of message, read ahead (before a lock) for the mail a step may queue. */
export type OwnWordings = ReadonlyMap<string, MessageTemplate>;

export async function loadOwnWordings(stores: Stores, summitId: string): Promise<OwnWordings> {
  return new Map((await stores.lifecycle.listTemplates(summitId)).map((t) => [t.kind, t]));
}

/**
 * Mail queued inside a transaction; the worker is woken once the transaction has committed. With
 * `wordings` (the message's summit's, read ahead) the coordinator's own wording is not looked up;
 * with `summit` (the message's summit as read in the same transaction, under the seat guard) the
 * summit is not read again for its privacy notice.
 */
export async function queueMail(stores: Stores, deps: Deps, message: NewOutboxMessage, wordings?: OwnWordings, summit?: Summit): Promise<void> {
  if (!message.toAddress) return;
  await stores.outbox.enqueue(await withPrivacyNotice(stores, deps, message, await withOwnWording(stores, message, wordings), summit), deps.clock.now());
}

/**
 * Every message about a summit ends with where its privacy notice is, once the notice is public
 * (a draft's address would answer 404). It follows the coordinator's own wording too.
 */
async function withPrivacyNotice(stores: Stores, deps: Deps, original: NewOutboxMessage, message: NewOutboxMessage, known?: Summit): Promise<NewOutboxMessage> {
  if (!message.summitId) return message;
  const summit = known?.id === message.summitId ? known : await stores.summits.find(message.summitId as SummitId);
  if (!summit) return message;
  const history = summit.status === 'cancelled' || summit.status === 'archived' ? await stores.summits.listStatusChanges(summit.id) : [];
  if (!isPublic(summit.status, history)) return message;
  const line = deps.mailTexts[original.language ?? 'da'].privacyNoticeLine(`${deps.publicUrl}/topmoede/${summit.slug}/privatliv`);
  return { ...message, bodyText: `${message.bodyText}\n${line}` };
}

/** The coordinator's own wording of this kind of message for the summit, if there is one. */
async function withOwnWording(stores: Stores, message: NewOutboxMessage, wordings: OwnWordings | undefined): Promise<NewOutboxMessage> {
  const { placeholders, language, ...rest } = message;
  // The coordinator writes in Danish: a person who reads English gets the English standard text.
  if (!placeholders || !message.summitId || (language ?? 'da') !== 'da') return rest;
  const own = wordings ? wordings.get(message.kind) : await stores.lifecycle.findTemplate(message.summitId, message.kind);
  if (!own) return rest;
  return { ...rest, subject: fillTemplate(own.subject, placeholders), bodyText: fillTemplate(own.body, placeholders) };
}

/** Wakes the outbox worker; call it after the transaction that queued mail has committed. */
export function mailQueued(deps: Deps): void {
  deps.onMailQueued?.();
}

/** Whom a step's mail went to: participants (and citizens) by their invitation or address, organisations by address. */
export interface MailTold {
  participants: number;
  organisations: number;
}

export const toldNobody: MailTold = Object.freeze({ participants: 0, organisations: 0 });

/** The messages written to an organisation (its recruiter or contact), not to a person taking part. */
const organisationKinds: ReadonlySet<OutboxKind> = new Set<OutboxKind>([
  'promoted_recruiter', 'recruiter_link', 'recruiter_postponed', 'recruiter_rescheduled', 'recruiter_cancelled', 'interest_received',
]);

/**
 * The stores with an outbox that counts what is queued through it, so a step can say afterwards
 * whom it actually told: the count is of the messages written in the step's own transaction (a
 * person mailed twice, e.g. a cancellation with its calendar file, is counted once).
 */
export function countingMail(stores: Stores): { stores: Stores; told: () => MailTold } {
  const participants = new Set<string>();
  const organisations = new Set<string>();
  const enqueue: Stores['outbox']['enqueue'] = async (message, now) => {
    const queued = await stores.outbox.enqueue(message, now);
    if (organisationKinds.has(message.kind)) organisations.add(message.toAddress.trim().toLowerCase());
    else participants.add(message.invitationId ?? message.toAddress.trim().toLowerCase());
    return queued;
  };
  const outbox = new Proxy(stores.outbox, {
    get: (target, key) => {
      if (key === 'enqueue') return enqueue;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const counted = new Proxy(stores, { get: (target, key) => (key === 'outbox' ? outbox : Reflect.get(target, key, target)) });
  return { stores: counted, told: () => ({ participants: participants.size, organisations: organisations.size }) };
}
