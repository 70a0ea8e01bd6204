// Texts of the printed matter's pages: the coordinator's "Udskrifter" and the participant's "Min
// dag". Danish first; the English mirror has the same shape.
export const printDa = {
  nav: 'Udskrifter',
  myDay: {
    title: 'Min dag',
    heading: (summit: string) => `Min dag: ${summit}`,
    when: 'Tid',
    where: 'Sted',
    dateMissing: 'Dato mangler',
    tables: 'Dine borde',
    round: (n: number) => `Runde ${n}`,
    table: (name: string) => (/^bord\b/i.test(name) ? name : `Bord ${name}`),
    noPlan: 'Bordplanen er ikke offentliggjort endnu. Du får besked, når den er klar.',
    facilitator: 'Du er bordfacilitator.',
    programme: 'Program',
    noProgramme: 'Programmet er ikke lagt ud endnu.',
    door: 'Din kode til indgangen',
    doorHelp: 'Vis QR-koden ved indgangen, eller sig koden højt.',
    qrLabel: (code: string) => `QR-kode med din kode ${code}`,
    notConfirmed: 'Din plads er ikke bekræftet. Når du har sagt ja, ser du dine borde og din kode her.',
    print: 'Udskriv siden, eller gem den som PDF, fra browserens menu.',
    back: 'Tilbage til din invitation',
  },
};

export type PrintTexts = typeof printDa;

export const printEn: PrintTexts = {
  nav: 'Printing',
  myDay: {
    title: 'My day',
    heading: (summit: string) => `My day: ${summit}`,
    when: 'When',
    where: 'Where',
    dateMissing: 'Date to be announced',
    tables: 'Your tables',
    round: (n: number) => `Round ${n}`,
    table: (name: string) => (/^(bord|table)\b/i.test(name) ? name : `Table ${name}`),
    noPlan: 'The table plan has not been published yet. You will hear when it is ready.',
    facilitator: 'You are a table facilitator.',
    programme: 'Programme',
    noProgramme: 'The programme has not been published yet.',
    door: 'Your code for the door',
    doorHelp: 'Show the QR code at the door, or read the code out.',
    qrLabel: (code: string) => `QR code with your code ${code}`,
    notConfirmed: 'Your seat is not confirmed. Once you have said yes, your tables and your code appear here.',
    print: "Print the page, or save it as PDF, from the browser's menu.",
    back: 'Back to your invitation',
  },
};
