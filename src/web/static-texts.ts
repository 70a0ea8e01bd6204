// Long, static texts of the public pages, per language.
type StaticText = { title: string; paragraphs: string[] };

export const staticTexts: Record<'da' | 'en', Record<'accessibility', StaticText>> = {
  da: {
    accessibility: {
      title: 'Tilgængelighedserklæring',
      paragraphs: [
        'Samskab skal kunne bruges af alle. Sidernes mål er at overholde WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers websteder kræver.',
        'Alle sider kan bruges med tastatur alene, har tekstalternativer og bruger ikke farve som eneste bærer af information. Siderne testes automatisk med axe ved hver ændring.',
        'Oplever du problemer med tilgængeligheden, så kontakt den kommune, der arrangerer topmødet. Du kan også klage til Digitaliseringsstyrelsen.',
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
  },
};
