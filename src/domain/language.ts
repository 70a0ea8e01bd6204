// The languages Samskab speaks, on screen and in mail. Danish is the default: a person who never
// chose gets Danish pages and Danish mail.
export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

/** A stored or submitted language, Danish unless it is one Samskab speaks. */
export function languageOrDanish(value: unknown): Language {
  return value === 'en' ? 'en' : 'da';
}
