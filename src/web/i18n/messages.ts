import type { Language } from '../../domain/language.ts';
import { da, type Messages } from './da.ts';
import { en } from './en.ts';

export type { Language };
export const languages: Record<Language, Messages> = { da, en };
export type { Messages };

export function messagesFor(lang: Language): Messages {
  return languages[lang];
}

const dateFormats = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }),
};
const dayFormats = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', dateStyle: 'long' }),
};

/** Danish local time (Europe/Copenhagen), e.g. "5. september 2021 kl. 14.30". */
export function formatDateTime(lang: Language, iso: string): string {
  return dateFormats[lang].format(new Date(iso));
}

export function formatDate(lang: Language, iso: string): string {
  return dayFormats[lang].format(new Date(iso));
}
