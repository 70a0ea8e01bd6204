// The coordinator reads the summit's outgoing mail: what was sent, what waits, and why it waits.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { OutboxMessage } from '../../domain/outbox.ts';
import type { Deps } from '../../ports.ts';

export async function listOutbox(deps: Deps, summitId: SummitId, limit = 500): Promise<OutboxMessage[]> {
  if (!(await deps.db.stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  return deps.db.stores.outbox.listForSummit(summitId, limit);
}

export async function findOutboxMessage(deps: Deps, summitId: SummitId, id: string): Promise<OutboxMessage> {
  const message = await deps.db.stores.outbox.find(id);
  if (!message || message.summitId !== summitId) throw new DomainError('not_found');
  return message;
}
