// The texts of the privacy notice per summit (privatlivspolitik) and of the page on which the
// coordinator gives the municipality's details as data controller. The notice follows what
// Datatilsynet expects of information under articles 13 and 14 GDPR.
import type { DataControllerField, DataControllerProblem } from '../../domain/personal-data/data-controller.ts';

const datatilsynet = {
  name: 'Datatilsynet', address: ['Carl Jacobsens Vej 35', '2500 Valby'], phone: '33 19 32 00', email: 'dt@datatilsynet.dk', web: 'https://www.datatilsynet.dk',
};

export const privacyNoticeDa = {
  link: 'Privatlivspolitik for topmødet',
  linkHint: 'Sådan behandler kommunen dine oplysninger, og dine rettigheder.',
  title: (summit: string) => `Privatlivspolitik: ${summit}`,
  intro: (summit: string) => `Her kan du læse, hvordan dine personoplysninger behandles, når du deltager i eller beder om at deltage i ${summit}, og hvilke rettigheder du har.`,
  missingHeading: 'Oplysninger mangler',
  missingText: 'Kommunen har endnu ikke oplyst følgende, så de står ikke her:',
  notGiven: 'ikke oplyst',
  controller: {
    heading: 'Dataansvarlig',
    text: 'Kommunen er dataansvarlig for behandlingen af dine oplysninger:',
    cvr: 'CVR-nr.', email: 'E-mail', phone: 'Telefon', address: 'Adresse',
  },
  dpo: {
    heading: 'Databeskyttelsesrådgiver',
    text: 'Har du spørgsmål til behandlingen af dine oplysninger, kan du også kontakte kommunens databeskyttelsesrådgiver:',
    name: 'Navn', email: 'E-mail', phone: 'Telefon',
  },
  purposes: {
    heading: 'Formål',
    items: [
      'at invitere dig, tage imod dit svar og holde styr på pladser og venteliste',
      'at planlægge topmødet: bordplan med blandede borde, navneskilte, bordkort og kost og tilgængelighed',
      'at registrere ankomst på dagen og sende dig evalueringen bagefter',
      'at svare borgere, der beder om at deltage, og sende henvendelsen videre til deres lokalforum',
      'at kunne skrive til dig om ændringer, fx hvis topmødet udsættes eller aflyses',
    ],
  },
  basis: {
    heading: 'Retsgrundlag',
    task: 'Kommunen behandler dine oplysninger for at udføre en opgave i samfundets interesse: inddragelse af borgere, foreninger, erhvervsliv og politikere i kommunens arbejde. Retsgrundlaget er databeskyttelsesforordningens artikel 6, stk. 1, litra e, jf. databeskyttelsesloven, hvor den supplerer forordningen.',
    consent: (kinds: string) => `Til ${kinds} beder vi om dit samtykke (artikel 6, stk. 1, litra a). Samtykket er frivilligt, du kan trække det tilbage når som helst, og det har ingen betydning for din deltagelse. Tilbagetrækningen gælder fra da af.`,
    added: 'Topmødet beder desuden om dit samtykke til følgende, på samme vilkår:',
    sensitive: 'Behov for tilgængelighed kan være helbredsoplysninger, og kostønsker kan vise fx religiøs overbevisning (følsomme oplysninger, artikel 9). Du giver dem kun, hvis du selv vil, og de bruges alene til at indrette topmødet til dig. Vi behandler dem på grundlag af dit udtrykkelige samtykke (artikel 9, stk. 2, litra a), som du giver ved selv at skrive dem, og som du trækker tilbage ved at slette dem på din side. Skriv kun det, arrangørerne skal vide for at hjælpe dig – ikke en diagnose.',
  },
  consentKinds: { photos: 'fotos af dig fra topmødet', contacts: 'at dele dine kontaktoplysninger med de andre deltagere, der også giver samtykke' } as Record<string, string>,
  categories: {
    heading: 'Hvilke oplysninger',
    items: [
      'navn, e-mail og eventuelt telefonnummer',
      'organisation, deltagergruppe og lokalområde',
      'dit svar (tilmelding, afbud, venteliste) og dine samtykker med den ordlyd, du så',
      'behov for kost og tilgængelighed, hvis du oplyser dem',
      'din plads i bordplanen, din ankomst på dagen og de beskeder, vi har sendt dig',
      'dine svar på evalueringen (anonyme, når evalueringen er anonym)',
    ],
    source: 'Oplysningerne kommer fra dig selv eller fra den organisation, der har indstillet dig (fx dit lokalforum eller erhvervsråd).',
  },
  recipients: {
    heading: 'Hvem ser oplysningerne',
    items: [
      'kommunens medarbejdere, der arrangerer topmødet',
      'den organisation, der har indstillet dig, ser de personer, den selv har indstillet',
      'bordfacilitatorerne ser navnene på deltagerne ved deres bord og de behov, der har betydning for bordet',
      'de andre deltagere ser dit navn på navneskilt og bordkort',
      'kommunens databehandlere, som driver Samskab og sender e-mails på kommunens vegne',
    ],
    more: 'Desuden:',
  },
  retention: {
    heading: 'Hvor længe',
    days: (days: number) => `Dine oplysninger slettes ${days} ${days === 1 ? 'dag' : 'dage'} efter, at topmødet er afsluttet eller aflyst. Det sker automatisk.`,
    due: (date: string) => `For dette topmøde sker sletningen ${date}.`,
    done: 'Personoplysningerne fra dette topmøde er slettet.',
    postpone: 'Kommunen kan én gang udsætte sletningen, fx hvis oplysningerne skal bruges i en klagesag; det sker med en begrundelse, der logges.',
    messages: 'Indholdet af de e-mails, vi har sendt dig, slettes allerede 30 dage efter afsendelsen.',
    anonymous: 'Tilbage bliver kun tal, der ikke kan føres tilbage til dig: antal deltagere pr. gruppe, område og bord, bordplanens mål og anonyme evalueringssvar.',
  },
  rights: {
    heading: 'Dine rettigheder',
    items: [
      'ret til indsigt: at få at vide, hvilke oplysninger vi har om dig, og få en kopi',
      'ret til berigtigelse: at få rettet forkerte oplysninger',
      'ret til sletning: at få dine oplysninger slettet før tid',
      'ret til begrænsning: at vi kun opbevarer oplysningerne, mens noget afklares',
      'ret til indsigelse: at gøre indsigelse mod behandlingen',
      'ret til at trække et samtykke tilbage når som helst',
    ],
    how: 'Dine behov og samtykker kan du selv rette og trække tilbage på din personlige side (linket i din invitation). Vil du bruge en af de andre rettigheder, så skriv til kommunen eller databeskyttelsesrådgiveren. Vi svarer inden for en måned.',
    write: 'Skriv til',
  },
  complaint: {
    heading: 'Klage til Datatilsynet',
    text: 'Er du utilfreds med, hvordan dine oplysninger behandles, kan du klage til Datatilsynet:',
    phone: 'Telefon', email: 'E-mail', web: 'Hjemmeside',
  },
  datatilsynet,
  updated: (date: string) => `Oplysningerne om kommunen er senest opdateret ${date}.`,
  installation: {
    title: 'Privatlivspolitik',
    intro: (municipality: string) => municipality
      ? `${municipality} bruger Samskab til at invitere til og planlægge topmøder. Her kan du læse, hvem der er dataansvarlig, og hvor du finder hvert topmødes egen privatlivspolitik.`
      : 'Kommunen bruger Samskab til at invitere til og planlægge topmøder. Her kan du læse, hvem der er dataansvarlig, og hvor du finder hvert topmødes egen privatlivspolitik.',
    generalHeading: 'Hvad Samskab gemmer',
    general: [
      'Samskab gemmer kun de oplysninger, der skal til for at invitere dig og planlægge topmødet: navn, e-mail, deltagergruppe, lokalområde og de behov, du selv oplyser (fx kost og tilgængelighed).',
      'Samtykker (fx til fotos eller til at dele dine kontaktoplysninger med de andre deltagere) er frivillige, adskilte og kan trækkes tilbage på din personlige side.',
      'Oplysningerne slettes automatisk efter den frist, kommunen har sat for hvert topmøde.',
    ],
    summitsHeading: 'Privatlivspolitik for hvert topmøde',
    summitsText: 'Formål, modtagere og slettefrist står i det enkelte topmødes privatlivspolitik:',
    noSummits: 'Der er ingen offentlige topmøder lige nu.',
  },
  settings: {
    nav: 'Kommunens oplysninger (privatlivspolitik)',
    heading: 'Kommunens oplysninger til privatlivspolitikken',
    intro: 'Oplysningerne gælder for alle topmøder: hvert topmødes privatlivspolitik bygges af dem og topmødets egne data. Felter, der ikke er mærket frivilligt, skal udfyldes.',
    controllerHeading: 'Kommunen som dataansvarlig',
    dpoHeading: 'Databeskyttelsesrådgiver (DPO)',
    recipientsHeading: 'Andre modtagere og databehandlere',
    save: 'Gem oplysningerne',
    missingWarning: 'Privatlivspolitikken mangler kommunens oplysninger:',
    missingLink: 'Udfyld kommunens oplysninger',
    notice: 'Se topmødets privatlivspolitik',
    optional: 'frivilligt',
    saved: 'Oplysningerne er gemt og gælder nu i alle topmøders privatlivspolitik.',
  },
  fields: {
    municipality: 'Kommunens navn', address: 'Adresse', cvr: 'CVR-nummer', email: 'Kommunens e-mail', phone: 'Kommunens telefon',
    dpoName: 'Rådgiverens navn', dpoEmail: 'Rådgiverens e-mail', dpoPhone: 'Rådgiverens telefon', recipients: 'Andre modtagere og databehandlere',
  } satisfies Record<DataControllerField, string> as Record<DataControllerField, string>,
  hints: {
    address: 'Som den skal stå, fx "Kanalstræde 2, 4300 Holbæk".', cvr: 'Otte cifre.', email: 'Den adresse, borgerne skal skrive til.',
    dpoName: 'Kan udelades, hvis rådgiveren kun nås via en fælles adresse.', dpoEmail: 'Fx dpo@kommune.dk.',
    recipients: 'Én pr. linje, fx "Firma A/S (hosting)". Kan være tom.',
  } as Partial<Record<DataControllerField, string>>,
  problems: {
    required: 'Feltet skal udfyldes.', too_long: 'Teksten er for lang.', invalid_cvr: 'Skriv et CVR-nummer med otte cifre, fx 29189781.',
    invalid_email: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.', invalid_phone: 'Skriv et telefonnummer med mindst otte cifre, fx 72 36 36 36.',
  } satisfies Record<DataControllerProblem, string>,
};

export type PrivacyNoticeTexts = typeof privacyNoticeDa;

export const privacyNoticeEn: PrivacyNoticeTexts = {
  link: 'Privacy notice for the summit',
  linkHint: 'How the municipality handles your data, and your rights.',
  title: (summit: string) => `Privacy notice: ${summit}`,
  intro: (summit: string) => `How your personal data is processed when you take part, or ask to take part, in ${summit}, and what rights you have.`,
  missingHeading: 'Details missing',
  missingText: 'The municipality has not yet given the following, so they are not shown here:',
  notGiven: 'not given',
  controller: {
    heading: 'Data controller',
    text: 'The municipality is the data controller for the processing of your data:',
    cvr: 'CVR no.', email: 'Email', phone: 'Phone', address: 'Address',
  },
  dpo: {
    heading: 'Data protection officer',
    text: 'If you have questions about how your data is processed, you may also contact the municipality\'s data protection officer:',
    name: 'Name', email: 'Email', phone: 'Phone',
  },
  purposes: {
    heading: 'Purposes',
    items: [
      'to invite you, receive your answer and keep track of seats and the waiting list',
      'to plan the summit: a seating plan with mixed tables, badges, table cards, diet and accessibility',
      'to record arrivals on the day and send you the survey afterwards',
      'to answer citizens who ask to take part and pass the request on to their local forum',
      'to write to you about changes, e.g. if the summit is postponed or cancelled',
    ],
  },
  basis: {
    heading: 'Legal basis',
    task: 'The municipality processes your data to carry out a task in the public interest: involving citizens, associations, business and politicians in its work. The legal basis is article 6(1)(e) of the General Data Protection Regulation, with the Danish Data Protection Act where it supplements the Regulation.',
    consent: (kinds: string) => `For ${kinds} we ask for your consent (article 6(1)(a)). Consent is optional, you may withdraw it at any time, and it does not affect your participation. Withdrawal applies from then on.`,
    added: 'The summit also asks for your consent to the following, on the same terms:',
    sensitive: 'Accessibility needs may be health data, and diet wishes may reveal e.g. religious belief (special categories, article 9). You give them only if you wish, and they are used only to arrange the summit for you. We process them on the basis of your explicit consent (article 9(2)(a)), which you give by writing them yourself and withdraw by deleting them on your page. Write only what the organisers need to know to help you – not a diagnosis.',
  },
  consentKinds: { photos: 'photos of you from the summit', contacts: 'sharing your contact details with the other participants who consent too' },
  categories: {
    heading: 'What data',
    items: [
      'name, email and, if given, phone number',
      'organisation, stakeholder group and local area',
      'your answer (registration, declining, waiting list) and your consents in the words you saw',
      'diet and accessibility needs, if you give them',
      'your seat in the seating plan, your arrival on the day and the messages we sent you',
      'your survey answers (anonymous when the survey is anonymous)',
    ],
    source: 'The data comes from you or from the organisation that nominated you (e.g. your local forum or business council).',
  },
  recipients: {
    heading: 'Who sees the data',
    items: [
      'the municipality\'s staff who organise the summit',
      'the organisation that nominated you sees the people it nominated itself',
      'table facilitators see the names of the participants at their table and the needs that matter at the table',
      'other participants see your name on badges and table cards',
      'the municipality\'s processors, who run Samskab and send emails on its behalf',
    ],
    more: 'Also:',
  },
  retention: {
    heading: 'How long',
    days: (days: number) => `Your data is deleted ${days} ${days === 1 ? 'day' : 'days'} after the summit is closed or cancelled. This happens automatically.`,
    due: (date: string) => `For this summit, the deletion takes place on ${date}.`,
    done: 'The personal data of this summit has been deleted.',
    postpone: 'The municipality may postpone the deletion once, e.g. if the data is needed in a complaint; it does so with a reason, which is logged.',
    messages: 'The content of the emails we sent you is deleted 30 days after sending.',
    anonymous: 'What remains are figures that cannot be traced to you: participants per group, area and table, the seating plan\'s measures and anonymous survey answers.',
  },
  rights: {
    heading: 'Your rights',
    items: [
      'right of access: to learn what data we hold about you and get a copy',
      'right to rectification: to have wrong data corrected',
      'right to erasure: to have your data deleted early',
      'right to restriction: that we only store the data while something is settled',
      'right to object to the processing',
      'right to withdraw a consent at any time',
    ],
    how: 'You can correct your needs and withdraw your consents yourself on your personal page (the link in your invitation). To use any of the other rights, write to the municipality or its data protection officer. We answer within one month.',
    write: 'Write to',
  },
  complaint: {
    heading: 'Complaint to Datatilsynet',
    text: 'If you are unhappy with how your data is processed, you may complain to Datatilsynet, the Danish Data Protection Agency:',
    phone: 'Phone', email: 'Email', web: 'Website',
  },
  datatilsynet,
  updated: (date: string) => `The municipality's details were last updated on ${date}.`,
  installation: {
    title: 'Privacy policy',
    intro: (municipality: string) => municipality
      ? `${municipality} uses Samskab to invite people to summits and plan them. Here you can read who the data controller is and where to find each summit's own privacy notice.`
      : 'The municipality uses Samskab to invite people to summits and plan them. Here you can read who the data controller is and where to find each summit\'s own privacy notice.',
    generalHeading: 'What Samskab keeps',
    general: [
      'Samskab keeps only what it needs to invite you and plan the summit: name, email, stakeholder group, local area and the needs you give (e.g. diet and accessibility).',
      'Consents (e.g. to photos, or to sharing your contact details with the other participants) are optional, separate and can be withdrawn on your personal page.',
      'The data is deleted automatically after the period the municipality has set for each summit.',
    ],
    summitsHeading: 'Privacy notice of each summit',
    summitsText: 'Purposes, recipients and when data is deleted are given in each summit\'s own privacy notice:',
    noSummits: 'There are no public summits just now.',
  },
  settings: {
    nav: 'The municipality\'s details (privacy notice)',
    heading: 'The municipality\'s details for the privacy notice',
    intro: 'The details apply to every summit: each summit\'s privacy notice is built from them and the summit\'s own data. Fields not marked optional are required.',
    controllerHeading: 'The municipality as data controller',
    dpoHeading: 'Data protection officer (DPO)',
    recipientsHeading: 'Other recipients and processors',
    save: 'Save the details',
    missingWarning: 'The privacy notice lacks the municipality\'s details:',
    missingLink: 'Fill in the municipality\'s details',
    notice: 'See the summit\'s privacy notice',
    optional: 'optional',
    saved: 'The details are saved and now apply in every summit\'s privacy notice.',
  },
  fields: {
    municipality: 'Municipality\'s name', address: 'Address', cvr: 'CVR number', email: 'Municipality\'s email', phone: 'Municipality\'s phone',
    dpoName: 'Officer\'s name', dpoEmail: 'Officer\'s email', dpoPhone: 'Officer\'s phone', recipients: 'Other recipients and processors',
  },
  hints: {
    address: 'As it is to be printed, e.g. "Kanalstræde 2, 4300 Holbæk".', cvr: 'Eight digits.', email: 'The address citizens write to.',
    dpoName: 'May be left out when the officer is reached through a shared address.', dpoEmail: 'E.g. dpo@kommune.dk.',
    recipients: 'One per line, e.g. "Company Ltd (hosting)". May be empty.',
  },
  problems: {
    required: 'The field is required.', too_long: 'The text is too long.', invalid_cvr: 'Write a CVR number of eight digits, e.g. 29189781.',
    invalid_email: 'Write a valid email address, e.g. name@example.dk.', invalid_phone: 'Write a phone number of at least eight digits, e.g. 72 36 36 36.',
  },
};
