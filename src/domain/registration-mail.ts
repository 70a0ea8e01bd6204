// The Danish texts of the registration emails, as pure functions of what they say. Plain text, so
// every link stands on its own line and survives any mail client.
import type { NewOutboxMessage } from './outbox.ts';

export interface MailSummit {
  id: string;
  title: string;
  startsAt: string | null;
  venue: string;
  organiser: string;
  /** A postponed summit's old date is no date. */
  status?: string;
}

const dateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'full', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' });

export function danishDateTime(iso: string): string {
  return dateFormat.format(new Date(iso));
}

function when(summit: MailSummit): string {
  return summit.startsAt && summit.status !== 'postponed' ? danishDateTime(summit.startsAt) : 'dato følger';
}

const signature = (summit: MailSummit) => `Med venlig hilsen\n${summit.organiser || 'Arrangørerne'}\n\n-- \nSendt af Samskab. Svar ikke på denne e-mail.`;

export function invitationMail(summit: MailSummit, to: { name: string; email: string }, link: string, deadline: string, organisationName: string | null): NewOutboxMessage {
  const via = organisationName ? ` Du er indstillet af ${organisationName}.` : '';
  return {
    summitId: summit.id as NewOutboxMessage['summitId'],
    kind: 'invitation',
    toAddress: to.email,
    subject: `Invitation: ${summit.title}`,
    bodyText: [
      `Kære ${to.name}`,
      '',
      `Du er inviteret til ${summit.title}.${via}`,
      '',
      `Tid: ${when(summit)}`,
      ...(summit.venue ? [`Sted: ${summit.venue}`] : []),
      '',
      'Svar på invitationen her (du skal ikke logge ind):',
      link,
      '',
      `Din plads er reserveret til dig indtil ${dayFormat.format(new Date(deadline))}. Svarer du ikke inden da, går pladsen videre til en anden.`,
      'På siden kan du også oplyse behov for kost og tilgængelighed, og du kan melde afbud senere.',
      '',
      'Linket er personligt: del det ikke med andre.',
      '',
      signature(summit),
    ].join('\n'),
    placeholders: {
      navn: to.name, topmøde: summit.title, dato: when(summit), sted: summit.venue, link,
      frist: dayFormat.format(new Date(deadline)), arrangør: summit.organiser,
    },
  };
}

export function recruiterLinkMail(summit: MailSummit, organisation: { name: string; quota: number; contactEmail: string }, link: string): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'],
    kind: 'recruiter_link',
    toAddress: organisation.contactEmail,
    subject: `Rekruttering til ${summit.title}`,
    bodyText: [
      `Kære ${organisation.name}`,
      '',
      `I kan indstille ${organisation.quota} ${organisation.quota === 1 ? 'deltager' : 'deltagere'} til ${summit.title} (${when(summit)}).`,
      '',
      'Brug jeres personlige link til at indstille deltagere, se jeres liste og ordne jeres venteliste:',
      link,
      '',
      'Linket giver adgang til jeres deltageres oplysninger: del det kun med dem, der rekrutterer for jer.',
      'Er kvoten fyldt, kommer nye indstillinger på venteliste, og de inviteres automatisk, når en plads bliver ledig.',
      '',
      signature(summit),
    ].join('\n'),
  };
}

export function promotedRecruiterMail(summit: MailSummit, organisation: { name: string; contactEmail: string }, person: { name: string }): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'],
    kind: 'promoted_recruiter',
    toAddress: organisation.contactEmail,
    subject: `En plads er gået videre fra ventelisten: ${summit.title}`,
    bodyText: [
      `Kære ${organisation.name}`,
      '',
      `En plads blev ledig, og ${person.name} fra jeres venteliste er nu inviteret til ${summit.title}.`,
      '',
      signature(summit),
    ].join('\n'),
  };
}

export function waitlistedMail(summit: MailSummit, to: { name: string; email: string }, organisationName: string | null): NewOutboxMessage {
  const via = organisationName ? ` af ${organisationName}` : '';
  return {
    summitId: summit.id as NewOutboxMessage['summitId'],
    kind: 'waitlisted',
    toAddress: to.email,
    subject: `Du står på ventelisten: ${summit.title}`,
    bodyText: [
      `Kære ${to.name}`,
      '',
      `Du er indstillet${via} til ${summit.title} (${when(summit)}), men alle pladser er optaget lige nu.`,
      'Du står derfor på ventelisten. Bliver en plads ledig, får du en invitation med et personligt link, hvor du kan svare.',
      '',
      'Du skal ikke gøre noget nu.',
      '',
      signature(summit),
    ].join('\n'),
  };
}
