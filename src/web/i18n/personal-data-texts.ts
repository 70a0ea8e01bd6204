// The texts of personal data: retention, the access export, erasure, consents, the privacy notice.
export const personalDataDa = {
  person: {
    heading: 'Persondata',
    intro: 'Personen har ret til indsigt i og sletning af sine oplysninger. Udtrækket indeholder alt, hvad Samskab opbevarer om personen.',
    exportPdf: 'Hent indsigt som PDF',
    exportJson: 'Hent indsigt som JSON',
    eraseIntro: 'Ved sletning fjernes navn, kontaktoplysninger, behov, samtykker, beskeder og links nu. Tallene for gruppen og bordet bevares.',
    eraseLink: 'Slet personen',
    erased: 'Personens oplysninger er slettet.',
    confirmTitle: (name: string) => `Slet ${name}?`,
    confirmWhat: 'Når du sletter personen, sker der følgende, og det kan ikke fortrydes:',
    confirmData: 'Navn, e-mail, telefon, behov, samtykker, beskeder til personen og personens links slettes nu.',
    confirmSeat: 'En plads, personen har, gives videre til den første på ventelisten som ved et afbud.',
    confirmKept: 'Optællinger pr. gruppe, område og bord bevares uden navn.',
    reason: 'Begrundelse',
    reasonHint: 'Fx "anmodning om sletning". Skriv ikke navne: begrundelsen gemmes i loggen.',
    confirmButton: 'Ja, slet personen',
    cancel: 'Nej, gå tilbage',
  },
  pdf: {
    title: 'Indsigt i personoplysninger',
    intro: (summit: string, at: string) => `Alt, hvad Samskab opbevarer om dig i forbindelse med ${summit}, udtrukket ${at.slice(0, 16).replace('T', ' kl. ')} (UTC). Kommunen er dataansvarlig.`,
    sections: {
      person: 'Om dig', invitation: 'Dine oplysninger', consents: 'Samtykker', messages: 'Beskeder sendt til dig', tables: 'Dine borde',
      links: 'Personlige links (gemt som kontrolværdi, ikke som link)', checkIns: 'Ankomst', checkInAnswers: 'Registreringer ved indgangen',
      absences: 'Fravær i bordplanen', badges: 'Udskrevne navneskilte', walkIn: 'Registreret ved indgangen uden tilmelding',
      interestRequests: 'Henvendelser om at deltage', survey: 'Evaluering', surveyResponses: 'Dine evalueringssvar', tableNotes: 'Bordnoter, du har skrevet',
      audit: 'Logbog over ændringer',
    } as Record<string, string>,
    fields: {
      summit: 'Topmøde', group: 'Deltagergruppe', organisation: 'Organisation', area: 'Lokalområde', name: 'Navn', email: 'E-mail', phone: 'Telefon',
      status: 'Status', source: 'Indstillet af', language: 'Sprog', dietNeeds: 'Kost', accessibilityNeeds: 'Tilgængelighed', consentPhotos: 'Samtykke til fotos',
      consentChangedAt: 'Samtykke ændret', invitedAt: 'Inviteret', answerDeadline: 'Svarfrist', answeredAt: 'Svaret', createdAt: 'Oprettet', updatedAt: 'Ændret',
      kind: 'Slags', wording: 'Ordlyd', version: 'Version', givenAt: 'Givet', withdrawnAt: 'Trukket tilbage', subject: 'Emne', bodyText: 'Tekst',
      toAddress: 'Til', sentAt: 'Sendt', attachments: 'Vedhæftet', round: 'Runde', table: 'Bord', at: 'Tidspunkt', action: 'Handling', actor: 'Udført af',
      data: 'Detaljer', checkedInAt: 'Ankommet', undoneAt: 'Fortrudt', message: 'Besked', decisionMessage: 'Svar', decidedAt: 'Besluttet',
    } as Record<string, string>,
    none: 'Intet.', yes: 'Ja', no: 'Nej',
  },
  errorCodes: {
    personal_data_purged: 'Personoplysningerne er slettet efter opbevaringsperioden, så der er intet at hente eller ændre.',
    retention_already_postponed: 'Sletningen er allerede udsat én gang og kan ikke udsættes igen.',
  },
};

export type PersonalDataTexts = typeof personalDataDa;

export const personalDataEn: PersonalDataTexts = {
  person: {
    heading: 'Personal data',
    intro: 'The person has the right to access and erasure of their data. The export holds everything Samskab keeps about them.',
    exportPdf: 'Download access export as PDF',
    exportJson: 'Download access export as JSON',
    eraseIntro: 'Erasing removes name, contact details, needs, consents, messages and links now. The counts for the group and the table are kept.',
    eraseLink: 'Erase the person',
    erased: 'The person\'s data has been erased.',
    confirmTitle: (name: string) => `Erase ${name}?`,
    confirmWhat: 'When you erase the person, the following happens, and it cannot be undone:',
    confirmData: 'Name, email, phone, needs, consents, messages to the person and their links are deleted now.',
    confirmSeat: 'A seat the person holds goes to the first on the waiting list, as after a decline.',
    confirmKept: 'Counts by group, area and table are kept without a name.',
    reason: 'Reason',
    reasonHint: 'E.g. "request for erasure". Write no names: the reason is kept in the log.',
    confirmButton: 'Yes, erase the person',
    cancel: 'No, go back',
  },
  pdf: {
    title: 'Access to personal data',
    intro: (summit: string, at: string) => `Everything Samskab holds about you in connection with ${summit}, exported ${at.slice(0, 16).replace('T', ' at ')} (UTC). The municipality is the data controller.`,
    sections: {
      person: 'About you', invitation: 'Your details', consents: 'Consents', messages: 'Messages sent to you', tables: 'Your tables',
      links: 'Personal links (kept as a check value, not as a link)', checkIns: 'Arrival', checkInAnswers: 'Records at the door',
      absences: 'Absence in the seating plan', badges: 'Printed badges', walkIn: 'Recorded at the door without registration',
      interestRequests: 'Requests to take part', survey: 'Survey', surveyResponses: 'Your survey answers', tableNotes: 'Table notes you wrote',
      audit: 'Log of changes',
    },
    fields: {
      summit: 'Summit', group: 'Stakeholder group', organisation: 'Organisation', area: 'Area', name: 'Name', email: 'Email', phone: 'Phone',
      status: 'Status', source: 'Nominated by', language: 'Language', dietNeeds: 'Diet', accessibilityNeeds: 'Accessibility', consentPhotos: 'Consent to photos',
      consentChangedAt: 'Consent changed', invitedAt: 'Invited', answerDeadline: 'Answer by', answeredAt: 'Answered', createdAt: 'Created', updatedAt: 'Changed',
      kind: 'Kind', wording: 'Wording', version: 'Version', givenAt: 'Given', withdrawnAt: 'Withdrawn', subject: 'Subject', bodyText: 'Text',
      toAddress: 'To', sentAt: 'Sent', attachments: 'Attached', round: 'Round', table: 'Table', at: 'Time', action: 'Action', actor: 'Done by',
      data: 'Details', checkedInAt: 'Arrived', undoneAt: 'Undone', message: 'Message', decisionMessage: 'Answer', decidedAt: 'Decided',
    },
    none: 'Nothing.', yes: 'Yes', no: 'No',
  },
  errorCodes: {
    personal_data_purged: 'The personal data was deleted after the retention period, so there is nothing to fetch or change.',
    retention_already_postponed: 'The deletion has been postponed once already and cannot be postponed again.',
  },
};
