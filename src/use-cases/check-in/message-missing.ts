// An optional message, on the day, to the confirmed participants who have not arrived ("we are
// starting – are you on your way?"). The coordinator sees how many it goes to before sending.
import { deliverable } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export async function messageMissing(deps: Deps, access: Access, summitId: SummitId, text: { subject: string; body: string }): Promise<{ sent: number }> {
  const actor = actorOf(access);
  if (!text.body.trim()) throw new DomainError('validation_failed', { body: '' });
  const result = await deps.db.transaction(async (stores) => {
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    const arrived = new Set((await stores.checkIns.listForSummit(summitId)).filter((c) => c.undoneAt === null).map((c) => c.invitationId as string));
    const missing = (await stores.seatingRoster.listConfirmed(summitId)).filter((p) => !arrived.has(p.id) && deliverable(p.email));
    const now = deps.clock.now();
    for (const person of missing) {
      await stores.outbox.enqueue({ ...deps.mailTexts[person.language ?? 'da'].missingOnTheDay(summit, person, text), invitationId: person.id }, now);
    }
    await stores.audit.append({ action: 'summit_day.missing_messaged', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { sent: missing.length } }, now);
    return { sent: missing.length };
  });
  if (result.sent > 0) deps.onMailQueued?.();
  return result;
}
