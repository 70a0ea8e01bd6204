// The demo summit: Holbæk Kommune's "Topmøde om lokal udvikling", with its 18 local areas.
// Populations are rounded, FICTITIOUS demo figures ("fiktive demo-tal"), not official statistics.
export const demoPopulationNote = 'fiktive demo-tal';

export const demoAreas: readonly { name: string; mainTown: string; population: number }[] = [
  { name: 'Holbæk', mainTown: 'Holbæk', population: 32000 },
  { name: 'Jyderup', mainTown: 'Jyderup', population: 5500 },
  { name: 'Tølløse', mainTown: 'Tølløse', population: 5000 },
  { name: 'Svinninge', mainTown: 'Svinninge', population: 3600 },
  { name: 'Vipperød', mainTown: 'Vipperød', population: 3300 },
  { name: 'Regstrup', mainTown: 'Regstrup', population: 3300 },
  { name: 'Mørkøv', mainTown: 'Mørkøv', population: 2500 },
  { name: 'Tuse', mainTown: 'Tuse', population: 2200 },
  { name: 'Stestrup', mainTown: 'Kr. Eskilstrup', population: 2100 },
  { name: 'Gislinge', mainTown: 'Gislinge', population: 2000 },
  { name: 'Store Merløse', mainTown: 'Store Merløse', population: 1900 },
  { name: 'Ugerløse', mainTown: 'Ugerløse', population: 1900 },
  { name: 'Tuse Næs', mainTown: 'Udby', population: 1900 },
  { name: 'Undløse', mainTown: 'Undløse', population: 1800 },
  { name: 'Kundby', mainTown: 'Kundby', population: 1600 },
  { name: 'Hagested', mainTown: 'Hagested', population: 1300 },
  { name: 'Knabstrup', mainTown: 'Knabstrup', population: 1200 },
  { name: 'Orø', mainTown: 'Bybjerg', population: 900 },
];

export type DemoRecruitment = 'local_forums' | 'council' | 'business_councils' | 'one_per_area' | 'administration';

export const demoGroups: readonly { name: string; quota: number; recruitment: DemoRecruitment; description: string; facilitators?: boolean }[] = [
  { name: 'Borgere', quota: 76, recruitment: 'local_forums', description: 'Inviteres via lokalfora' },
  { name: 'Kommunalpolitikere', quota: 31, recruitment: 'council', description: 'Kommunalbestyrelsens 31 medlemmer' },
  { name: 'Erhvervsliv', quota: 8, recruitment: 'business_councils', description: 'Udvælges via de lokale erhvervsråd' },
  { name: 'Skoler og daginstitutioner', quota: 18, recruitment: 'one_per_area', description: 'Én fra hvert område' },
  { name: 'Kommunale medarbejdere fra andre fagområder', quota: 16, recruitment: 'administration', description: 'Medarbejdere fra forvaltningen' },
  { name: 'Bordfacilitatorer', quota: 19, recruitment: 'administration', description: 'Fælles-skabere og andre medarbejdere; justeres efter antal af borde', facilitators: true },
];

export const demoSummit = {
  title: 'Topmøde om lokal udvikling',
  slug: 'topmoede-om-lokal-udvikling',
  capacity: 168,
  organiser: 'Holbæk Kommune',
  responsibleEditor: 'Anders Nordberg Sejerøe',
  statusReason: 'Mødet i november 2020 er blevet aflyst pga. covid. Der er endnu ikke fundet en ny dato. Topmødet udsættes til foråret 2021.',
  purpose: 'Hvordan styrker vi samarbejdet mellem lokalområderne, politikerne og forvaltningen?',
  description: [
    'I Holbæk Kommune vil vi noget med hinanden. Vi vil fællesskab og samskabelse og en masse udvikling, og vi vil det på tværs: på tværs af lokalområder, fagområder og mellem det kommunale, det private og det frivillige.',
    'Det tror vi på sker, når borgerne, politikere, erhvervslivet og administrationen arbejder sammen om fælles mål. Det kræver, at vi lytter til hinanden, bruger hinanden, forstår hinanden og kender hinanden, så vi kan få gode ideer sammen og finde de bedste løsninger og metoder.',
    'Vi samles på tværs, udveksler, udvikler og bruger en hel dag på at blive klogere på vores kommunes opbygning i lokalområder, om samarbejde mellem lokalområderne, mellem mennesker og mellem institutioner.',
  ].join('\n\n'),
  venue: '',
};

export const demoProgramme: readonly { title: string; description: string; speakerName?: string; speakerTitle?: string }[] = [
  { title: 'Velkomst', description: 'Projektudvalget for Udvikling af Lokalområderne (PULO) byder velkommen.' },
  { title: 'Udkantsmyten', description: 'Input om lokal udvikling.', speakerName: 'Kaare Dybvad', speakerTitle: 'Boligminister og forfatter til bogen Udkantsmyten' },
  { title: 'Landdistrikternes perspektiv', description: 'Input om samarbejde mellem land og by.', speakerName: 'Steffen Damsgaard', speakerTitle: 'Formand for Landdistrikternes Fællesråd' },
  { title: 'Collective Impact', description: 'Input om samarbejde på tværs af sektorer.', speakerName: 'Søren Møller', speakerTitle: 'Formand for Collective Impact' },
  { title: 'Faciliteret debat ved bordene', description: 'Debat i grupper på tværs af sektorer og områder, med en bordfacilitator ved hvert bord.' },
  { title: 'Opsamling og afslutning', description: 'Fælles opsamling og de næste skridt.' },
];
