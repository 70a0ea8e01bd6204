// The messages' texts in every language Samskab speaks, for the MailTexts port (ports.ts).
import type { Language } from '../domain/language.ts';
import type { MailTexts } from '../ports.ts';
import { danishMailTexts } from './texts/danish-mail-texts.ts';
import { englishMailTexts } from './texts/english-mail-texts.ts';

export const mailTexts: Record<Language, MailTexts> = { da: danishMailTexts, en: englishMailTexts };
