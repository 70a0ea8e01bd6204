// The Danish texts of the lifecycle messages: postponed, rescheduled (re-confirm), reminders, a seat
// lost for want of re-confirmation, and cancellation. Plain text; links stand on their own lines.
import type { PlaceholderValues } from './message-template.ts';
import type { NewOutboxMessage } from './outbox.ts';

export interface LifecycleMailSummit {
  id: string;
  title: string;
  organiser: string;
  startsAt: string | null;
  venue: string;
}

const dateTime = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'full', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' });
export const danishWhen = (iso: string) => dateTime.format(new Date(iso));
export const danishDay = (iso: string) => day.format(new Date(iso));

const signature = (summit: LifecycleMailSummit) => `Med venlig hilsen\n${summit.organiser || 'Arrangørerne'}\n\n-- \nSendt af Samskab. Svar ikke på denne e-mail.`;

function mail(summit: LifecycleMailSummit, kind: string, to: { name: string; email: string }, subject: string, lines: string[], values: PlaceholderValues = {}): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'], kind: kind as NewOutboxMessage['kind'], toAddress: to.email, subject,
    bodyText: [...lines, '', signature(summit)].join('\n'),
    placeholders: { navn: to.name, topmøde: summit.title, dato: summit.startsAt ? danishWhen(summit.startsAt) : '', sted: summit.venue, arrangør: summit.organiser, ...values },
  };
}

export function postponedMail(summit: LifecycleMailSummit, to: { name: string; email: string }, reason: string, tentativeDate: string, link: string | null): NewOutboxMessage {
  return mail(summit, 'postponed', to, `Udsat: ${summit.title}`, [
    `Kære ${to.name}`,
    '',
    `${summit.title} er udsat. ${tentativeDate ? `Den forventede nye dato er ${tentativeDate}.` : 'En ny dato følger.'}`,
    ...(reason ? ['', reason] : []),
    '',
    'Din plads er fortsat reserveret til dig, og du får besked, så snart den nye dato ligger fast.',
    ...(link ? ['', 'Din personlige side:', link] : []),
  ], { begrundelse: reason, link: link ?? '' });
}

export function rescheduledMail(summit: LifecycleMailSummit, to: { name: string; email: string }, reconfirmBy: string, link: string, confirmed: boolean): NewOutboxMessage {
  const when = summit.startsAt ? danishWhen(summit.startsAt) : '';
  return mail(summit, 'rescheduled', to, `Ny dato: ${summit.title} – ${confirmed ? 'bekræft din plads' : 'svar på invitationen'}`, [
    `Kære ${to.name}`,
    '',
    `${summit.title} har fået en ny dato: ${when}.`,
    ...(summit.venue ? [`Sted: ${summit.venue}`] : []),
    '',
    confirmed
      ? `Bekræft venligst, at du stadig kommer, senest ${danishDay(reconfirmBy)}. Bekræfter du ikke inden da, går din plads videre til en anden.`
      : 'Du har endnu ikke svaret på invitationen. Svar venligst på din personlige side.',
    'Bekræft eller meld afbud med ét klik her:',
    link,
    '',
    'Vedhæftet er en kalenderfil, der opdaterer aftalen i din kalender.',
  ], { frist: danishDay(reconfirmBy), link });
}

export function reconfirmReminderMail(summit: LifecycleMailSummit, to: { name: string; email: string }, reconfirmBy: string, link: string): NewOutboxMessage {
  return mail(summit, 'reconfirm_reminder', to, `Påmindelse: bekræft din plads ved ${summit.title}`, [
    `Kære ${to.name}`,
    '',
    `Vi mangler din bekræftelse af, at du kommer til ${summit.title}${summit.startsAt ? ` ${danishWhen(summit.startsAt)}` : ''}.`,
    `Bekræft senest ${danishDay(reconfirmBy)}, ellers går pladsen videre til en anden:`,
    link,
  ], { frist: danishDay(reconfirmBy), link });
}

export function seatLostMail(summit: LifecycleMailSummit, to: { name: string; email: string }): NewOutboxMessage {
  return mail(summit, 'reconfirm_lost', to, `Din plads ved ${summit.title} er givet videre`, [
    `Kære ${to.name}`,
    '',
    `Vi har ikke fået din bekræftelse til den nye dato for ${summit.title}, så din plads er nu givet videre til en anden.`,
    'Vil du alligevel gerne deltage, så kontakt den, der inviterede dig.',
  ]);
}

export function confirmationMail(summit: LifecycleMailSummit, to: { name: string; email: string }, link: string): NewOutboxMessage {
  return mail(summit, 'confirmation', to, `Du er tilmeldt: ${summit.title}`, [
    `Kære ${to.name}`,
    '',
    `Tak for dit ja. Du er tilmeldt ${summit.title}${summit.startsAt ? ` ${danishWhen(summit.startsAt)}` : ' (datoen følger)'}.`,
    ...(summit.venue ? [`Sted: ${summit.venue}`] : []),
    '',
    'På din personlige side kan du ændre dine behov og samtykker eller melde afbud:',
    link,
    ...(summit.startsAt ? ['', 'Vedhæftet er en kalenderfil til din kalender.'] : []),
  ], { link });
}

export function cancelledMail(summit: LifecycleMailSummit, to: { name: string; email: string }, reason: string): NewOutboxMessage {
  return mail(summit, 'cancelled', to, `Aflyst: ${summit.title}`, [
    `Kære ${to.name}`,
    '',
    `${summit.title} er desværre aflyst.`,
    ...(reason ? ['', reason] : []),
    '',
    'Vedhæftet er en kalenderfil, der fjerner aftalen fra din kalender, hvis du havde tilføjet den.',
  ], { begrundelse: reason });
}

export function recruiterLifecycleMail(summit: LifecycleMailSummit, organisation: { name: string; contactEmail: string }, what: 'postponed' | 'rescheduled' | 'cancelled', reason: string, reconfirmBy: string | null): NewOutboxMessage {
  const headline = {
    postponed: `${summit.title} er udsat. Jeres deltagere beholder deres pladser, og svarfrister er sat på pause.`,
    rescheduled: `${summit.title} har fået en ny dato${summit.startsAt ? `: ${danishWhen(summit.startsAt)}` : ''}. Jeres bekræftede deltagere skal bekræfte igen senest ${reconfirmBy ? danishDay(reconfirmBy) : 'fristen'}; pladser, der ikke bekræftes, går til jeres venteliste.`,
    cancelled: `${summit.title} er aflyst. Alle deltagere har fået besked.`,
  }[what];
  return mail(summit, `recruiter_${what}`, { name: organisation.name, email: organisation.contactEmail }, `${{ postponed: 'Udsat', rescheduled: 'Ny dato', cancelled: 'Aflyst' }[what]}: ${summit.title}`, [
    `Kære ${organisation.name}`,
    '',
    headline,
    ...(reason ? ['', reason] : []),
    ...(what === 'rescheduled' ? ['', 'På jeres rekrutteringsside kan I se, hvem der har bekræftet, hvem der har meldt afbud, og hvem vi mangler svar fra.'] : []),
  ]);
}
