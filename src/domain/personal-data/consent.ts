// The consents Samskab asks for, each in the exact words shown to the person, with a version that
// changes whenever the words do. The consent register stores the words and version with each
// consent given, so what a person agreed to can be shown later, word for word.
import type { Language } from '../language.ts';

export const consentKinds = ['photos'] as const;
export type ConsentKind = (typeof consentKinds)[number];

interface Wording { label: string; hint: string }

export const consentWordings: Record<ConsentKind, { version: string } & Record<Language, Wording>> = {
  photos: {
    version: '2026-12-02',
    da: {
      label: 'Jeg giver samtykke til, at der må tages og bruges billeder af mig fra topmødet.',
      hint: 'Samtykket er frivilligt og kan trækkes tilbage når som helst på denne side. Det har ingen betydning for din deltagelse.',
    },
    en: {
      label: 'I consent to photos of me being taken and used from the summit.',
      hint: 'Consent is optional and can be withdrawn at any time on this page. It does not affect your participation.',
    },
  },
};

/** The words of a consent as the register keeps them: the label and its explanation, as shown. */
export function consentWording(kind: ConsentKind, language: Language): { version: string; text: string } {
  const wording = consentWordings[kind];
  return { version: wording.version, text: `${wording[language].label} ${wording[language].hint}` };
}

/** One entry of the register: a consent given (and perhaps withdrawn later). */
export interface ConsentRecord {
  kind: ConsentKind;
  wording: string;
  version: string;
  language: Language;
  givenAt: string;
  withdrawnAt: string | null;
}
