// The texts of personal data: retention, the access export, erasure, consents, the privacy notice.
export const personalDataDa = {
  errorCodes: {
    personal_data_purged: 'Personoplysningerne er slettet efter opbevaringsperioden, så der er intet at hente eller ændre.',
    retention_already_postponed: 'Sletningen er allerede udsat én gang og kan ikke udsættes igen.',
  },
};

export type PersonalDataTexts = typeof personalDataDa;

export const personalDataEn: PersonalDataTexts = {
  errorCodes: {
    personal_data_purged: 'The personal data was deleted after the retention period, so there is nothing to fetch or change.',
    retention_already_postponed: 'The deletion has been postponed once already and cannot be postponed again.',
  },
};
