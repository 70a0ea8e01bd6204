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

const timeFormats = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: 'numeric', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: 'numeric', minute: '2-digit' }),
};

/**
 * From start to end in Danish local time, the day written once when both fall on it:
 * "11. marts 2027 kl. 9.00–16.00"; across days both in full; without an end, the start alone.
 */
export function formatTimeRange(lang: Language, start: string, end: string | null): string {
  if (!end) return formatDateTime(lang, start);
  if (formatDate(lang, start) !== formatDate(lang, end)) return `${formatDateTime(lang, start)} – ${formatDateTime(lang, end)}`;
  const time = (iso: string) => timeFormats[lang].format(new Date(iso));
  return lang === 'da' ? `${formatDate(lang, start)} kl. ${time(start)}–${time(end)}` : `${formatDate(lang, start)}, ${time(start)}–${time(end)}`;
}

/** Danish local time (Europe/Copenhagen), e.g. "5. september 2021 kl. 14.30". */
export function formatDateTime(lang: Language, iso: string): string {
  return dateFormats[lang].format(new Date(iso));
}

export function formatDate(lang: Language, iso: string): string {
  return dayFormats[lang].format(new Date(iso));
}
