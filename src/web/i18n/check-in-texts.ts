// Texts of the summit day: the check-in page on a helper's phone, the coordinator's day view and
// the check-in error codes. Danish first; the English mirror has the same shape.
export const checkInDa = {
  errorCodes: {
    unknown_code: 'Koden findes ikke ved dette topmøde. Tjek koden, eller søg på navnet.',
    invitation_pending: 'Personen er inviteret, men har ikke bekræftet sin plads. Tjek personen ind som walk-in, hvis der er plads.',
    check_in_not_open: 'Der kan ikke tjekkes ind: topmødet er ikke offentliggjort.',
    no_seat_free: 'Der er ingen ledig plads i gruppens kvote. Personen kan registreres uden plads.',
    no_rounds_left: 'Alle runder er begyndt. Der er ikke flere runder at planlægge.',
  } as Record<string, string>,
};

export type CheckInTexts = typeof checkInDa;

export const checkInEn: CheckInTexts = {
  errorCodes: {
    unknown_code: 'No participant of this summit has that code. Check the code, or search by name.',
    invitation_pending: 'The person was invited but has not confirmed their seat. Check them in as a walk-in if a seat is free.',
    check_in_not_open: 'Check-in is closed: the summit is not published.',
    no_seat_free: "No seat is free in the group's quota. The person can be put on record without a seat.",
    no_rounds_left: 'Every round has started. There are no rounds left to plan.',
  },
};
