// The steps that ask before an action that mails people or cannot be undone (a summit's status
// change on its overview, a recruiter's withdrawal and decline), and what the page says after it:
// how many were told, counted as the mail was queued. Danish and English.
import { countDa, countEn } from './plural.ts';

/** Status changes the overview asks about itself; postponing and cancelling go through the lifecycle's step. */
export type ConfirmedStatus = 'published' | 'held' | 'closed' | 'archived';

const peopleDa = (n: number) => countDa(n, 'person', 'personer');
const peopleEn = (n: number) => countEn(n, 'person', 'people');

export const confirmationsDa = {
  back: 'Nej, gå tilbage',
  irreversible: 'Det kan ikke fortrydes.',
  status: {
    headings: {
      published: 'Vil du offentliggøre topmødet?', held: 'Er topmødet afholdt?', closed: 'Vil du afslutte topmødet?', archived: 'Vil du arkivere topmødet?',
    } as Record<ConfirmedStatus, string>,
    what: {
      published: (address: string) => `Topmødet bliver vist for alle på den offentlige side ${address} og på listen over topmøder. Det kan ikke blive en kladde igen.`,
      held: () => 'Topmødet får status »Afholdt«. Invitationer kan ikke længere besvares, og det kan ikke gøres om.',
      closed: () => 'Topmødet får status »Afsluttet«, og arbejdet efter topmødet er slut. Det kan ikke gøres om.',
      archived: () => 'Topmødet bliver arkiveret og forsvinder fra den offentlige liste over topmøder. Det kan ikke gøres om.',
    } as Record<ConfirmedStatus, (address: string) => string>,
    nobodyMailed: 'Ingen får besked på e-mail.',
    submit: {
      published: 'Ja, offentliggør topmødet', held: 'Ja, topmødet er afholdt', closed: 'Ja, afslut topmødet', archived: 'Ja, arkivér topmødet',
    } as Record<ConfirmedStatus, string>,
    done: {
      published: 'Topmødet er offentliggjort og vises nu på den offentlige side. Ingen har fået besked på e-mail.',
      held: 'Topmødet er markeret som afholdt. Ingen har fået besked på e-mail.',
      closed: 'Topmødet er afsluttet. Ingen har fået besked på e-mail.',
      archived: 'Topmødet er arkiveret. Ingen har fået besked på e-mail.',
    } as Record<ConfirmedStatus, string>,
  },
  withdraw: {
    heading: (name: string) => `Vil du trække ${name} tilbage?`,
    what: 'Det sker, når du trækker personen tilbage:',
    status: 'Personen får status »Trukket tilbage« og kan ikke længere svare. Personens link siger, at invitationen er trukket tilbage, og at de kan kontakte jer.',
    personTold: (email: string) => `Personen får en e-mail om det på ${email}.`,
    personNotTold: 'Personen har ingen e-mailadresse og får ikke besked.',
    seatNext: (name: string) => `Pladsen går videre til ${name}, der står først på jeres venteliste og får en invitation på e-mail.`,
    seatNobody: 'Pladsen bliver ledig. Ingen står på jeres venteliste til den.',
    noSeat: 'Personen står på ventelisten og har ingen plads, der skal gives videre.',
    organisationTold: 'I får selv en e-mail om, hvem der fik pladsen.',
    total: (people: number) => `I alt får ${peopleDa(people)} besked på e-mail.`,
    submit: 'Ja, træk personen tilbage',
    done: (people: number, organisation: boolean) => `Personen er trukket tilbage. ${peopleDa(people)} har fået besked på e-mail.${organisation ? ' I har fået en e-mail om, hvem der fik pladsen.' : ''}`,
  },
  decline: {
    heading: (name: string) => `Vil du afvise henvendelsen fra ${name}?`,
    what: (name: string, email: string) => `${name} får en e-mail på ${email} om, at I har afvist henvendelsen.`,
    message: (message: string) => `Jeres besked står i e-mailen: »${message}«`,
    noMessage: 'I har ikke skrevet en besked; e-mailen siger kun, at henvendelsen er afvist.',
    total: (people: number) => `I alt får ${peopleDa(people)} besked på e-mail.`,
    submit: 'Ja, afvis henvendelsen',
    done: (people: number) => `Henvendelsen er afvist. ${peopleDa(people)} har fået besked på e-mail.`,
  },
};

export type ConfirmationTexts = typeof confirmationsDa;

export const confirmationsEn: ConfirmationTexts = {
  back: 'No, go back',
  irreversible: 'This cannot be undone.',
  status: {
    headings: {
      published: 'Publish the summit?', held: 'Has the summit been held?', closed: 'Close the summit?', archived: 'Archive the summit?',
    },
    what: {
      published: (address: string) => `The summit is shown to everyone on its public page ${address} and in the list of summits. It cannot become a draft again.`,
      held: () => 'The summit gets the status "Held". Invitations can no longer be answered, and this cannot be undone.',
      closed: () => 'The summit gets the status "Closed", and the work after the summit is over. This cannot be undone.',
      archived: () => 'The summit is archived and leaves the public list of summits. This cannot be undone.',
    },
    nobodyMailed: 'Nobody is told by email.',
    submit: { published: 'Yes, publish the summit', held: 'Yes, the summit has been held', closed: 'Yes, close the summit', archived: 'Yes, archive the summit' },
    done: {
      published: 'The summit is published and now shown on its public page. Nobody has been told by email.',
      held: 'The summit is marked as held. Nobody has been told by email.',
      closed: 'The summit is closed. Nobody has been told by email.',
      archived: 'The summit is archived. Nobody has been told by email.',
    },
  },
  withdraw: {
    heading: (name: string) => `Withdraw ${name}?`,
    what: 'This happens when you withdraw the person:',
    status: 'The person gets the status "Withdrawn" and can no longer answer. Their link says the invitation was withdrawn and that they can contact you.',
    personTold: (email: string) => `The person is told by email at ${email}.`,
    personNotTold: 'The person has no email address and is not told.',
    seatNext: (name: string) => `The seat goes to ${name}, first on your waiting list, who gets an invitation by email.`,
    seatNobody: 'The seat becomes free. Nobody on your waiting list is waiting for it.',
    noSeat: 'The person is on the waiting list and holds no seat to pass on.',
    organisationTold: 'You get an email saying who got the seat.',
    total: (people: number) => `In all, ${peopleEn(people)} will be told by email.`,
    submit: 'Yes, withdraw the person',
    done: (people: number, organisation: boolean) => `The person is withdrawn. ${countEn(people, 'person has', 'people have')} been told by email.${organisation ? ' You have been emailed who got the seat.' : ''}`,
  },
  decline: {
    heading: (name: string) => `Decline the request from ${name}?`,
    what: (name: string, email: string) => `${name} is told by email at ${email} that you declined the request.`,
    message: (message: string) => `Your message is in the email: "${message}"`,
    noMessage: 'You wrote no message; the email only says that the request is declined.',
    total: (people: number) => `In all, ${peopleEn(people)} will be told by email.`,
    submit: 'Yes, decline the request',
    done: (people: number) => `The request is declined. ${countEn(people, 'person has', 'people have')} been told by email.`,
  },
};
