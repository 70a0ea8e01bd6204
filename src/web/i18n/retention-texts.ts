// The texts of a summit's personal-data page (retention, archive, postponement) and of the notice
// on the summit's pages when the deletion is near.
export const retentionDa = {
  nav: 'Persondata',
  title: 'Persondata og sletning',
  intro: 'Kommunen er dataansvarlig for deltagernes oplysninger. Samskab sletter dem af sig selv, når opbevaringsperioden er udløbet. Optællinger, bordplanens mål og anonyme evalueringssvar bevares til rapporten.',
  schedule: {
    heading: 'Opbevaring',
    period: 'Opbevaringsperiode',
    periodValue: (days: number) => `${days} ${days === 1 ? 'dag' : 'dage'} efter, at topmødet er afsluttet eller aflyst`,
    postponed: 'Udsat',
    postponedValue: (days: number, reason: string) => `${days} ${days === 1 ? 'dag' : 'dage'} – begrundelse: ${reason}`,
    dueAt: 'Slettes',
    notEnded: 'slettes ikke, før topmødet er afsluttet eller aflyst',
    purgedAt: 'Slettet',
    purged: (date: string) => `Personoplysningerne blev slettet ${date}. Der er intet at hente eller ændre.`,
  },
  change: {
    heading: 'Skift opbevaringsperiode',
    days: 'Opbevaringsperiode (dage)',
    hint: 'Mellem 1 og 3650 dage efter, at topmødet er afsluttet eller aflyst. Privatlivspolitikken oplyser perioden.',
    save: 'Gem opbevaringsperiode',
  },
  archive: {
    heading: 'Arkivkopi',
    intro: 'Hent en kopi af deltagere, svar, behov, samtykker, bordplaner og evalueringssvar, før de slettes. Kopien indeholder personoplysninger: gem den efter kommunens regler for arkivering. Det logges, hvem der henter den.',
    xlsx: 'Hent arkivkopi som Excel',
    json: 'Hent arkivkopi som JSON',
  },
  postpone: {
    heading: 'Udsæt sletningen',
    intro: 'Sletningen kan udsættes én gang, fx mens en klage behandles. Begrundelsen gemmes i loggen.',
    days: 'Udsæt med (dage)',
    daysHint: 'Mellem 1 og 365 dage.',
    reason: 'Begrundelse',
    reasonHint: 'Skriv ikke navne: begrundelsen gemmes i loggen.',
    submit: 'Udsæt sletningen',
    already: (date: string) => `Sletningen er udsat én gang (${date}) og kan ikke udsættes igen.`,
  },
  banner: {
    heading: 'Persondata slettes snart',
    text: (date: string) => `Deltagernes personoplysninger slettes ${date}. Tag en arkivkopi eller udsæt sletningen, hvis det er nødvendigt.`,
    link: 'Gå til Persondata',
  },
  workbook: {
    sheets: { participants: 'Deltagere', consents: 'Samtykker', tablePlans: 'Bordplaner', survey: 'Evaluering' },
    columns: {
      name: 'Navn', email: 'E-mail', phone: 'Telefon', group: 'Deltagergruppe', organisation: 'Organisation', area: 'Lokalområde', status: 'Status',
      source: 'Indstillet af', language: 'Sprog', invitedAt: 'Inviteret', answerDeadline: 'Svarfrist', answeredAt: 'Svaret', dietNeeds: 'Kost',
      accessibilityNeeds: 'Tilgængelighed', consentPhotos: 'Samtykke til fotos', kind: 'Samtykke', wording: 'Ordlyd', version: 'Version',
      givenAt: 'Givet', withdrawnAt: 'Trukket tilbage', plan: 'Plan (version)', planStatus: 'Planens status', round: 'Runde', table: 'Bord',
      submittedOn: 'Modtaget',
    },
    yes: 'Ja', no: 'Nej',
  },
};

export type RetentionTexts = typeof retentionDa;

export const retentionEn: RetentionTexts = {
  nav: 'Personal data',
  title: 'Personal data and deletion',
  intro: 'The municipality is the data controller for the participants\' data. Samskab deletes it by itself when the retention period has run out. Counts, the plan\'s measures and anonymous survey answers are kept for the report.',
  schedule: {
    heading: 'Retention',
    period: 'Retention period',
    periodValue: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} after the summit is closed or cancelled`,
    postponed: 'Postponed',
    postponedValue: (days: number, reason: string) => `${days} ${days === 1 ? 'day' : 'days'} – reason: ${reason}`,
    dueAt: 'Deleted on',
    notEnded: 'not deleted before the summit is closed or cancelled',
    purgedAt: 'Deleted',
    purged: (date: string) => `The personal data was deleted on ${date}. There is nothing to fetch or change.`,
  },
  change: {
    heading: 'Change the retention period',
    days: 'Retention period (days)',
    hint: 'Between 1 and 3650 days after the summit is closed or cancelled. The privacy notice states the period.',
    save: 'Save retention period',
  },
  archive: {
    heading: 'Archive copy',
    intro: 'Download a copy of participants, answers, needs, consents, table plans and survey answers before they are deleted. The copy holds personal data: keep it under the municipality\'s archiving rules. Who downloads it is logged.',
    xlsx: 'Download archive copy as Excel',
    json: 'Download archive copy as JSON',
  },
  postpone: {
    heading: 'Postpone the deletion',
    intro: 'The deletion can be postponed once, e.g. while a complaint is handled. The reason is kept in the log.',
    days: 'Postpone by (days)',
    daysHint: 'Between 1 and 365 days.',
    reason: 'Reason',
    reasonHint: 'Write no names: the reason is kept in the log.',
    submit: 'Postpone the deletion',
    already: (date: string) => `The deletion was postponed once (${date}) and cannot be postponed again.`,
  },
  banner: {
    heading: 'Personal data is deleted soon',
    text: (date: string) => `The participants' personal data is deleted on ${date}. Take an archive copy or postpone the deletion if needed.`,
    link: 'Go to Personal data',
  },
  workbook: {
    sheets: { participants: 'Participants', consents: 'Consents', tablePlans: 'Table plans', survey: 'Survey' },
    columns: {
      name: 'Name', email: 'Email', phone: 'Phone', group: 'Stakeholder group', organisation: 'Organisation', area: 'Area', status: 'Status',
      source: 'Nominated by', language: 'Language', invitedAt: 'Invited', answerDeadline: 'Answer by', answeredAt: 'Answered', dietNeeds: 'Diet',
      accessibilityNeeds: 'Accessibility', consentPhotos: 'Consent to photos', kind: 'Consent', wording: 'Wording', version: 'Version',
      givenAt: 'Given', withdrawnAt: 'Withdrawn', plan: 'Plan (version)', planStatus: 'Plan status', round: 'Round', table: 'Table',
      submittedOn: 'Received',
    },
    yes: 'Yes', no: 'No',
  },
};
