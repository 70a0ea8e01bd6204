// The texts of personal data: retention, the access export, erasure, consents, the privacy notice.
export const personalDataDa = {
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
