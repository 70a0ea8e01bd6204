// The Danish texts of the messages around a citizen's interest request.
import type { PlaceholderValues } from './message-template.ts';
import type { NewOutboxMessage } from './outbox.ts';

interface MailSummit { id: string; title: string; organiser: string }

const signature = (summit: MailSummit) => `Med venlig hilsen\n${summit.organiser || 'Arrangørerne'}\n\n-- \nSendt af Samskab. Svar ikke på denne e-mail.`;
const message = (summit: MailSummit, kind: string, toAddress: string, subject: string, lines: string[], placeholders?: PlaceholderValues): NewOutboxMessage =>
  ({ summitId: summit.id as NewOutboxMessage['summitId'], kind: kind as NewOutboxMessage['kind'], toAddress, subject, bodyText: [...lines, '', signature(summit)].join('\n'), placeholders });

export function interestReceivedMail(summit: MailSummit, forum: { name: string; contactEmail: string }, citizen: { name: string; message: string }): NewOutboxMessage {
  return message(summit, 'interest_received', forum.contactEmail, `Ny henvendelse: ${citizen.name} vil gerne deltage i ${summit.title}`, [
    `Kære ${forum.name}`,
    '',
    `${citizen.name} har via topmødets side spurgt, om de kan deltage i ${summit.title}.`,
    ...(citizen.message ? ['', 'Besked:', citizen.message] : []),
    '',
    'Åbn jeres rekrutteringsside (jeres personlige link) for at tage imod eller afvise henvendelsen.',
  ]);
}

export function interestReceiptMail(summit: MailSummit, citizen: { name: string; email: string }, forumName: string): NewOutboxMessage {
  return message(summit, 'interest_receipt', citizen.email, `Vi har modtaget din henvendelse: ${summit.title}`, [
    `Kære ${citizen.name}`,
    '',
    `Tak for din interesse for ${summit.title}. Din henvendelse er sendt til ${forumName}, som står for rekrutteringen i dit lokalområde.`,
    'Du får besked, når de har taget stilling.',
  ]);
}

export function interestAcceptedMail(summit: MailSummit, citizen: { name: string; email: string }, forumName: string, waitlisted: boolean): NewOutboxMessage {
  return message(summit, 'interest_accepted', citizen.email, `${forumName} har sagt ja til din henvendelse`, [
    `Kære ${citizen.name}`,
    '',
    waitlisted
      ? `${forumName} vil gerne have dig med til ${summit.title}, men alle pladser er optaget lige nu. Du står på venteliste og får en invitation, så snart en plads bliver ledig.`
      : `${forumName} vil gerne have dig med til ${summit.title}. Du får en invitation i en separat e-mail med et personligt link, hvor du kan svare.`,
  ], { navn: citizen.name, topmøde: summit.title, arrangør: summit.organiser });
}

export function interestDeclinedMail(summit: MailSummit, citizen: { name: string; email: string }, forumName: string, reason: string): NewOutboxMessage {
  return message(summit, 'interest_declined', citizen.email, `Svar på din henvendelse: ${summit.title}`, [
    `Kære ${citizen.name}`,
    '',
    `${forumName} har desværre ikke plads til dig ved ${summit.title}.`,
    ...(reason ? ['', reason] : []),
    '',
    'Tak for din interesse.',
  ], { navn: citizen.name, topmøde: summit.title, begrundelse: reason, arrangør: summit.organiser });
}
