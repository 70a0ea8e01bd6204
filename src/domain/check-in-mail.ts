// The message a coordinator may send, on the day, to the confirmed participants who have not
// arrived: the coordinator's own words, greeted by name and signed like every other message.
import type { NewOutboxMessage } from './outbox.ts';

export function missingOnTheDayMail(summit: { id: string; title: string; organiser: string }, to: { name: string; email: string }, text: { subject: string; body: string }): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'], kind: 'missing_on_the_day', toAddress: to.email,
    subject: text.subject.trim() || `${summit.title}: vi savner dig`,
    bodyText: [`Kære ${to.name}`, '', text.body.trim(), '', `Med venlig hilsen\n${summit.organiser || 'Arrangørerne'}\n\n-- \nSendt af Samskab. Svar ikke på denne e-mail.`].join('\n'),
  };
}

/** Whether an address can take mail (a walk-in without an email has an undeliverable stand-in). */
export const deliverable = (email: string) => email !== '' && !email.endsWith('.invalid');
