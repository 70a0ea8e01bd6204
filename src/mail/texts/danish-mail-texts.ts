// The Danish texts of every message Samskab sends. Plain text, so every link stands on its own line
// and survives any mail client. The placeholders are the values a coordinator's own wording may
// use (domain/message-template.ts); their names are Danish, like the wording itself.
import type { PlaceholderValues } from '../../domain/message-template.ts';
import type { NewOutboxMessage } from '../../domain/outbox.ts';
import type { MailRecipient, MailSummit, MailTexts } from '../../ports.ts';
import { mailDate } from './mail-dates.ts';

const { dateTime, day } = mailDate('da');

function when(summit: MailSummit): string {
  return summit.startsAt && summit.status !== 'postponed' ? dateTime(summit.startsAt) : 'dato følger';
}

const signature = (summit: Pick<MailSummit, 'organiser'>) => `Med venlig hilsen\n${summit.organiser || 'Arrangørerne'}\n\n-- \nSendt af Samskab. Svar ikke på denne e-mail.`;

function message(summit: MailSummit, kind: string, toAddress: string, subject: string, lines: string[], placeholders?: PlaceholderValues): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'], kind: kind as NewOutboxMessage['kind'], toAddress, subject,
    bodyText: [...lines, '', signature(summit)].join('\n'), language: 'da',
    ...(placeholders ? { placeholders } : {}),
  };
}

/** The values of a lifecycle message: the summit's, the person's, and the message's own. */
const lifecycleValues = (summit: MailSummit, to: MailRecipient, values: PlaceholderValues = {}): PlaceholderValues =>
  ({ navn: to.name, topmøde: summit.title, dato: summit.startsAt ? dateTime(summit.startsAt) : '', sted: summit.venue, arrangør: summit.organiser, ...values });

export const danishMailTexts: MailTexts = {
  invitation(summit, to, link, deadline, organisationName) {
    const via = organisationName ? ` Du er indstillet af ${organisationName}.` : '';
    return message(summit, 'invitation', to.email, `Invitation: ${summit.title}`, [
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
      `Din plads er reserveret til dig indtil ${day(deadline)}. Svarer du ikke inden da, går pladsen videre til en anden.`,
      'På siden kan du også oplyse behov for kost og tilgængelighed, og du kan melde afbud senere.',
      '',
      'Linket er personligt: del det ikke med andre.',
    ], {
      navn: to.name, topmøde: summit.title, dato: when(summit), sted: summit.venue, link,
      frist: day(deadline), arrangør: summit.organiser, ...(organisationName ? { organisation: organisationName } : {}),
    });
  },

  recruiterLink(summit, organisation, link) {
    return message(summit, 'recruiter_link', organisation.contactEmail, `Rekruttering til ${summit.title}`, [
      `Kære ${organisation.name}`,
      '',
      `I kan indstille ${organisation.quota} ${organisation.quota === 1 ? 'deltager' : 'deltagere'} til ${summit.title} (${when(summit)}).`,
      '',
      'Brug jeres personlige link til at indstille deltagere, se jeres liste og ordne jeres venteliste:',
      link,
      '',
      'Linket giver adgang til jeres deltageres oplysninger: del det kun med dem, der rekrutterer for jer.',
      'Er kvoten fyldt, kommer nye indstillinger på venteliste, og de inviteres automatisk, når en plads bliver ledig.',
    ]);
  },

  promotedRecruiter(summit, organisation, person) {
    return message(summit, 'promoted_recruiter', organisation.contactEmail, `En plads er gået videre fra ventelisten: ${summit.title}`, [
      `Kære ${organisation.name}`,
      '',
      `En plads blev ledig, og ${person.name} fra jeres venteliste er nu inviteret til ${summit.title}.`,
    ]);
  },

  waitlisted(summit, to, organisationName) {
    const via = organisationName ? ` af ${organisationName}` : '';
    return message(summit, 'waitlisted', to.email, `Du står på ventelisten: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `Du er indstillet${via} til ${summit.title} (${when(summit)}), men alle pladser er optaget lige nu.`,
      'Du står derfor på ventelisten. Bliver en plads ledig, får du en invitation med et personligt link, hvor du kan svare.',
      '',
      'Du skal ikke gøre noget nu.',
    ]);
  },

  postponed(summit, to, reason, tentativeDate, link) {
    return message(summit, 'postponed', to.email, `Udsat: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `${summit.title} er udsat. ${tentativeDate ? `Den forventede nye dato er ${tentativeDate}.` : 'En ny dato følger.'}`,
      ...(reason ? ['', reason] : []),
      '',
      'Din plads er fortsat reserveret til dig, og du får besked, så snart den nye dato ligger fast.',
      ...(link ? ['', 'Din personlige side:', link] : []),
    ], lifecycleValues(summit, to, { begrundelse: reason, link: link ?? '' }));
  },

  rescheduled(summit, to, reconfirmBy, link, confirmed) {
    const at = summit.startsAt ? dateTime(summit.startsAt) : '';
    return message(summit, 'rescheduled', to.email, `Ny dato: ${summit.title} – ${confirmed ? 'bekræft din plads' : 'svar på invitationen'}`, [
      `Kære ${to.name}`,
      '',
      `${summit.title} har fået en ny dato: ${at}.`,
      ...(summit.venue ? [`Sted: ${summit.venue}`] : []),
      '',
      confirmed
        ? `Bekræft venligst, at du stadig kommer, senest ${day(reconfirmBy)}. Bekræfter du ikke inden da, går din plads videre til en anden.`
        : 'Du har endnu ikke svaret på invitationen. Svar venligst på din personlige side.',
      confirmed ? 'Bekræft eller meld afbud med ét klik her:' : 'Svar på invitationen her:',
      link,
      // Only those who said yes get a calendar file: the others have no appointment to update.
      ...(confirmed ? ['', 'Vedhæftet er en kalenderfil, der opdaterer aftalen i din kalender.'] : []),
    ], lifecycleValues(summit, to, { frist: day(reconfirmBy), link }));
  },

  reconfirmReminder(summit, to, reconfirmBy, link) {
    return message(summit, 'reconfirm_reminder', to.email, `Påmindelse: bekræft din plads ved ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `Vi mangler din bekræftelse af, at du kommer til ${summit.title}${summit.startsAt ? ` ${dateTime(summit.startsAt)}` : ''}.`,
      `Bekræft senest ${day(reconfirmBy)}, ellers går pladsen videre til en anden:`,
      link,
    ], lifecycleValues(summit, to, { frist: day(reconfirmBy), link }));
  },

  seatLost(summit, to) {
    return message(summit, 'reconfirm_lost', to.email, `Din plads ved ${summit.title} er givet videre`, [
      `Kære ${to.name}`,
      '',
      `Vi har ikke fået din bekræftelse til den nye dato for ${summit.title}, så din plads er nu givet videre til en anden.`,
      'Vil du alligevel gerne deltage, så kontakt den, der inviterede dig.',
    ], lifecycleValues(summit, to));
  },

  confirmation(summit, to, link) {
    return message(summit, 'confirmation', to.email, `Du er tilmeldt: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `Tak for dit ja. Du er tilmeldt ${summit.title}${summit.startsAt ? ` ${dateTime(summit.startsAt)}` : ' (datoen følger)'}.`,
      ...(summit.venue ? [`Sted: ${summit.venue}`] : []),
      '',
      'På din personlige side kan du ændre dine behov og samtykker eller melde afbud:',
      link,
      ...(summit.startsAt ? ['', 'Vedhæftet er en kalenderfil til din kalender.'] : []),
    ], lifecycleValues(summit, to, { link }));
  },

  cancelled(summit, to, reason) {
    return message(summit, 'cancelled', to.email, `Aflyst: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `${summit.title} er desværre aflyst.`,
      ...(reason ? ['', reason] : []),
      '',
      'Vedhæftet er en kalenderfil, der fjerner aftalen fra din kalender, hvis du havde tilføjet den.',
    ], lifecycleValues(summit, to, { begrundelse: reason }));
  },

  recruiterLifecycle(summit, organisation, what, reason, reconfirmBy) {
    const headline = {
      postponed: `${summit.title} er udsat. Jeres deltagere beholder deres pladser, og svarfrister er sat på pause.`,
      rescheduled: `${summit.title} har fået en ny dato${summit.startsAt ? `: ${dateTime(summit.startsAt)}` : ''}. Jeres bekræftede deltagere skal bekræfte igen senest ${reconfirmBy ? day(reconfirmBy) : 'fristen'}; pladser, der ikke bekræftes, går til jeres venteliste.`,
      cancelled: `${summit.title} er aflyst. Alle deltagere har fået besked.`,
    }[what];
    const to = { name: organisation.name, email: organisation.contactEmail };
    return message(summit, `recruiter_${what}`, to.email, `${{ postponed: 'Udsat', rescheduled: 'Ny dato', cancelled: 'Aflyst' }[what]}: ${summit.title}`, [
      `Kære ${organisation.name}`,
      '',
      headline,
      ...(reason ? ['', reason] : []),
      ...(what === 'rescheduled' ? ['', 'På jeres rekrutteringsside kan I se, hvem der har bekræftet, hvem der har meldt afbud, og hvem vi mangler svar fra.'] : []),
    ], lifecycleValues(summit, to));
  },

  interestReceived(summit, forum, citizen, link) {
    return message(summit, 'interest_received', forum.contactEmail, `Ny henvendelse: ${citizen.name} vil gerne deltage i ${summit.title}`, [
      `Kære ${forum.name}`,
      '',
      `${citizen.name} har via topmødets side spurgt, om de kan deltage i ${summit.title}.`,
      ...(citizen.message ? ['', 'Besked:', citizen.message] : []),
      '',
      ...(link
        ? ['Tag imod eller afvis henvendelsen på jeres rekrutteringsside:', link, '', 'Linket er jeres personlige rekrutteringslink: del det ikke med andre.']
        : ['I har ikke et gyldigt rekrutteringslink lige nu. Bed arrangørerne om et nyt, så I kan tage imod eller afvise henvendelsen.']),
    ]);
  },

  interestReceipt(summit, citizen, forumName) {
    return message(summit, 'interest_receipt', citizen.email, `Vi har modtaget din henvendelse: ${summit.title}`, [
      `Kære ${citizen.name}`,
      '',
      `Tak for din interesse for ${summit.title}. Din henvendelse er sendt til ${forumName}, som står for rekrutteringen i dit lokalområde.`,
      'Du får besked, når de har taget stilling.',
    ]);
  },

  interestAccepted(summit, citizen, forumName, waitlisted) {
    return message(summit, 'interest_accepted', citizen.email, `${forumName} har sagt ja til din henvendelse`, [
      `Kære ${citizen.name}`,
      '',
      waitlisted
        ? `${forumName} vil gerne have dig med til ${summit.title}, men alle pladser er optaget lige nu. Du står på venteliste og får en invitation, så snart en plads bliver ledig.`
        : `${forumName} vil gerne have dig med til ${summit.title}. Du får en invitation i en separat e-mail med et personligt link, hvor du kan svare.`,
    ], { navn: citizen.name, topmøde: summit.title, arrangør: summit.organiser, organisation: forumName });
  },

  interestDeclined(summit, citizen, forumName, reason) {
    return message(summit, 'interest_declined', citizen.email, `Svar på din henvendelse: ${summit.title}`, [
      `Kære ${citizen.name}`,
      '',
      `${forumName} har desværre ikke plads til dig ved ${summit.title}.`,
      ...(reason ? ['', reason] : []),
      '',
      'Tak for din interesse.',
    ], { navn: citizen.name, topmøde: summit.title, begrundelse: reason, arrangør: summit.organiser, organisation: forumName });
  },

  emailChanged(summit, to, previousEmail, link) {
    return message(summit, 'email_changed', to.email, `Din e-mailadresse er rettet: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `Arrangørerne af ${summit.title} har rettet din e-mailadresse fra ${previousEmail} til ${to.email}. Fremover får du vores beskeder her.`,
      ...(link ? ['', 'Dit personlige link er fornyet, og det gamle virker ikke længere. Her er din side:', link, '', 'Linket er personligt: del det ikke med andre.'] : []),
      '',
      'Er det ikke dig, så skriv til arrangørerne, så retter vi det.',
    ]);
  },

  invitationWithdrawn(summit, to, contact) {
    return message(summit, 'invitation_withdrawn', to.email, `Din invitation er trukket tilbage: ${summit.title}`, [
      `Kære ${to.name}`,
      '',
      `Din invitation til ${summit.title} (${when(summit)}) er trukket tilbage.`,
      contact ? `Har du spørgsmål, så kontakt ${contact.name}${contact.email ? ` på ${contact.email}` : ''}.` : `Har du spørgsmål, så kontakt ${summit.organiser || 'arrangørerne'}.`,
    ]);
  },

  missingOnTheDay(summit, to, text) {
    return message(summit, 'missing_on_the_day', to.email, text.subject.trim() || `${summit.title}: vi savner dig`, [`Kære ${to.name}`, '', text.body.trim()]);
  },

  privacyNoticeLine(link) {
    return `Sådan behandler kommunen dine oplysninger: ${link}`;
  },

  retentionWarning(summit, to, dueAt, link) {
    return message(summit, 'retention_warning', to.email, `${summit.title}: persondata slettes ${day(dueAt)}`, [
      `Kære ${to.name || to.email}`, '',
      `Opbevaringsperioden for ${summit.title} udløber. ${day(dueAt)} sletter Samskab alle personoplysninger om topmødets deltagere: navne, e-mails, behov, samtykker, beskeder og links.`,
      'Tal pr. gruppe, område og bord, bordplanens mål og de anonyme evalueringssvar bliver gemt, så rapporten stadig kan vises.', '',
      'Har I brug for et arkiv, kan I hente det før sletningen. I kan også udsætte sletningen én gang med en begrundelse:', link,
    ]);
  },

  surveyLink(summit, to, link, survey) {
    const privacy = survey.anonymous
      ? 'Evalueringen er anonym: dine svar gemmes uden dit navn, din e-mail og dit link.'
      : 'Evalueringen er ikke anonym: arrangørerne kan se, hvad du har svaret.';
    const intro = survey.reminder
      ? `Vi mangler stadig dit svar om ${summit.title}. Har du allerede svaret, kan du se bort fra denne e-mail.`
      : `Tak, fordi du deltog i ${summit.title}. Vi vil gerne høre, hvad du syntes, så næste topmøde bliver bedre.`;
    return message(summit, survey.reminder ? 'survey_reminder' : 'survey_invitation', to.email, `${survey.reminder ? 'Påmindelse: ' : ''}${summit.title}: hvad syntes du?`,
      [`Kære ${to.name}`, '', intro, '', 'Svar her (det tager et par minutter):', link, '', privacy, `Du kan svare til og med ${day(`${survey.closesOn}T12:00:00.000Z`)}.`]);
  },

  seating({ summitTitle, person, rounds, tables, roster, changed, link, organiser }) {
    const tableLabel = (id: string) => {
      const table = tables.find((t) => t.id === id);
      return `Bord ${table?.name ?? id}${table?.accessible ? ' (tilgængeligt bord)' : ''}`;
    };
    const lines: string[] = [`Kære ${person.name}`, ''];
    lines.push(changed
      ? `Bordplanen til ${summitTitle} er ændret. Her er din nye placering:`
      : `Bordplanen til ${summitTitle} er klar. Her er din placering:`);
    lines.push('');
    rounds.forEach((round, r) => {
      const table = round.tables.find((t) => t.people.includes(person.id));
      lines.push(`Runde ${r + 1}: ${table ? tableLabel(table.id) : 'ingen plads i denne runde'}`);
      if (person.facilitator && table) {
        lines.push('  Ved dit bord:');
        for (const id of table.people) {
          if (id === person.id) continue;
          const other = roster.get(id);
          if (other) lines.push(`  - ${other.name} (${other.groupName}${other.areaName ? `, ${other.areaName}` : ''})`);
        }
      }
    });
    lines.push('', 'Se din placering og dine bordfæller her:', link, '', 'Linket er personligt: del det ikke med andre.', '', signature({ organiser }));
    return { subject: `Din bordplacering: ${summitTitle}`, bodyText: lines.join('\n') };
  },
};
