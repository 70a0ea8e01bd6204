// Long, static texts of the public pages, per language.
type StaticText = { title: string; paragraphs: string[] };

export const staticTexts: Record<'da' | 'en', Record<'accessibility' | 'privacy', StaticText>> = {
  da: {
    accessibility: {
      title: 'Tilgængelighedserklæring',
      paragraphs: [
        'Samskab skal kunne bruges af alle. Sidernes mål er at overholde WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers websteder kræver.',
        'Alle sider kan bruges med tastatur alene, har tekstalternativer og bruger ikke farve som eneste bærer af information. Siderne testes automatisk med axe ved hver ændring.',
        'Oplever du problemer med tilgængeligheden, så kontakt den kommune, der arrangerer topmødet. Du kan også klage til Digitaliseringsstyrelsen.',
      ],
    },
    privacy: {
      title: 'Privatlivspolitik',
      paragraphs: [
        'Samskab gemmer kun de oplysninger, der skal til for at invitere dig og planlægge topmødet: navn, e-mail, deltagergruppe, lokalområde og de behov, du selv oplyser (fx kost og tilgængelighed).',
        'Samtykker (fx til fotos) er frivillige, adskilte og kan trækkes tilbage på din personlige side.',
        'Oplysningerne slettes efter den frist, kommunen har sat for topmødet. Du kan få en kopi af dine oplysninger ved at kontakte arrangøren.',
      ],
    },
  },
  en: {
    accessibility: {
      title: 'Accessibility statement',
      paragraphs: [
        'Samskab must be usable by everyone. Its pages aim to meet WCAG 2.1 level AA, as the Danish web accessibility act requires.',
        'Every page works by keyboard alone, has text alternatives and never uses colour as the only carrier of information. Pages are tested automatically with axe on every change.',
        'If you meet an accessibility problem, contact the municipality that organises the summit. You may also complain to the Danish Agency for Digital Government.',
      ],
    },
    privacy: {
      title: 'Privacy policy',
      paragraphs: [
        'Samskab keeps only what it needs to invite you and plan the summit: name, email, stakeholder group, local area and the needs you give (e.g. diet and accessibility).',
        'Consents (e.g. to photos) are optional, separate and can be withdrawn on your personal page.',
        'The data is deleted after the period the municipality has set for the summit. Ask the organiser for a copy of your data.',
      ],
    },
  },
};
