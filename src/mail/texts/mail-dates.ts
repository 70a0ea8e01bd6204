// Dates in mail, in the summit's local time (Europe/Copenhagen) whatever the server's zone:
// "lørdag den 5. september 2021 kl. 14.30" in Danish, "Saturday, 5 September 2021 at 14:30" in English.
import type { Language } from '../../domain/language.ts';

const locales: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function mailDate(language: Language): { dateTime: (iso: string) => string; day: (iso: string) => string } {
  const dateTime = new Intl.DateTimeFormat(locales[language], { timeZone: 'Europe/Copenhagen', dateStyle: 'full', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locales[language], { timeZone: 'Europe/Copenhagen', dateStyle: 'long' });
  return { dateTime: (iso) => dateTime.format(new Date(iso)), day: (iso) => day.format(new Date(iso)) };
}
