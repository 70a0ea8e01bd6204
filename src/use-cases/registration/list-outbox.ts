// The coordinator reads the summit's outgoing mail: what was sent, what waits, and why it waits.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { OutboxListRow, OutboxMessage } from '../../domain/outbox.ts';
import { pageSpan, type PageSpan } from '../../domain/participant-list.ts';
import type { Deps } from '../../ports.ts';

export async function listOutbox(deps: Deps, summitId: SummitId, limit = 500): Promise<OutboxMessage[]> {
  if (!(await deps.db.stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  return deps.db.stores.outbox.listForSummit(summitId, limit);
}

export interface OutboxPage extends Omit<PageSpan, 'offset'> {
  messages: OutboxListRow[];
  /** Messages in all, on every page. */
  total: number;
  /** Messages given up, on every page. */
  failed: number;
}

export const outboxPageSize = 50;

/** One page of the summit's outgoing mail, newest first, with the counts of every page. */
export async function listOutboxPage(deps: Deps, summitId: SummitId, requested: number | undefined): Promise<OutboxPage> {
  const { stores } = deps.db;
  if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  const { total, failed } = await stores.outbox.countForSummit(summitId);
  const { offset, ...span } = pageSpan(total, requested, outboxPageSize);
  return { ...span, total, failed, messages: await stores.outbox.listPageForSummit(summitId, offset, span.pageSize) };
}

export async function findOutboxMessage(deps: Deps, summitId: SummitId, id: string): Promise<OutboxMessage> {
  const message = await deps.db.stores.outbox.find(id);
  if (!message || message.summitId !== summitId) throw new DomainError('not_found');
  return message;
}
