// The coordinator's view of the messages Samskab sends for a summit: the standard wording (shown
// with example values), an own wording per kind with {placeholders}, and a preview of it.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { adjustableKinds, fillTemplate, templateFromExample, type AdjustableKind } from '../../domain/message-template.ts';
import type { NewOutboxMessage } from '../../domain/outbox.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { participantUrl } from '../personal-links.ts';

export interface MessageText {
  kind: AdjustableKind;
  /** The standard message with example values. */
  example: { subject: string; body: string };
  /** The wording in force, with placeholders: the coordinator's own, or the standard one. */
  template: { subject: string; body: string };
  custom: boolean;
  /** The wording in force, filled with the example values. */
  preview: { subject: string; body: string };
}

function exampleMessage(kind: AdjustableKind, summit: Summit, deps: Deps, now: string): NewOutboxMessage {
  const person = { name: 'Ane Eksempel', email: 'ane@eksempel.dk' };
  const link = participantUrl(deps, 'EKSEMPEL-LINK');
  // A coordinator's own wording is Danish, so it starts from the Danish standard text.
  const texts = deps.mailTexts.da;
  const sample = { ...summit, startsAt: summit.startsAt ?? new Date(new Date(now).getTime() + 60 * 86_400_000).toISOString() };
  const deadline = summit.reconfirmBy ?? new Date(new Date(now).getTime() + 14 * 86_400_000).toISOString();
  const reason = summit.statusReason || 'Eksempel på en begrundelse.';
  switch (kind) {
    case 'invitation': return texts.invitation(sample, person, link, deadline, 'Lokalforum Eksempelby');
    case 'postponed': return texts.postponed(sample, person, reason, summit.tentativeDate, link);
    case 'rescheduled': return texts.rescheduled(sample, person, deadline, link, true);
    case 'reconfirm_reminder': return texts.reconfirmReminder(sample, person, deadline, link);
    case 'reconfirm_lost': return texts.seatLost(sample, person);
    case 'cancelled': return texts.cancelled(sample, person, reason);
    case 'interest_accepted': return texts.interestAccepted(sample, person, 'Lokalforum Eksempelby', false);
    case 'interest_declined': return texts.interestDeclined(sample, person, 'Lokalforum Eksempelby', reason);
  }
}

export async function listMessageTexts(deps: Deps, summitId: SummitId): Promise<MessageText[]> {
  const summit = await deps.db.stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const own = new Map((await deps.db.stores.lifecycle.listTemplates(summitId)).map((t) => [t.kind, t]));
  return adjustableKinds.map((kind) => {
    const message = exampleMessage(kind, summit, deps, deps.clock.now());
    const values = message.placeholders ?? {};
    const standard = { subject: templateFromExample(message.subject, values), body: templateFromExample(message.bodyText, values) };
    const mine = own.get(kind);
    const template = mine ? { subject: mine.subject, body: mine.body } : standard;
    return {
      kind, custom: Boolean(mine), template,
      example: { subject: message.subject, body: message.bodyText },
      preview: { subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values) },
    };
  });
}

export async function saveMessageText(deps: Deps, access: Access, summitId: SummitId, kind: AdjustableKind, text: { subject: string; body: string } | null): Promise<void> {
  const actor = actorOf(access);
  await deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const now = deps.clock.now();
    if (text) await stores.lifecycle.saveTemplate(summitId, { kind, ...text }, now);
    else await stores.lifecycle.removeTemplate(summitId, kind);
    await stores.audit.append({ action: text ? 'message_text.saved' : 'message_text.reset', actor, summitId, subjectType: 'message_text', subjectId: kind }, now);
  });
}
