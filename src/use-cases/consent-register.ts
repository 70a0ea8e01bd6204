// The consent register: every change of a consent is kept with the words the person saw, so giving
// and withdrawing leave the same trail. The invitation's flag (consentPhotos) is what the badge's
// no-photo mark, the lists and the exports read; this register is what proves it.
import type { ConsentKind } from '../domain/personal-data/consent.ts';
import { consentWording } from '../domain/personal-data/consent.ts';
import type { Language } from '../domain/language.ts';
import type { Stores } from '../ports.ts';

export async function registerConsentChange(stores: Stores, person: { id: string; summitId: string }, kind: ConsentKind, given: boolean, language: Language, now: string): Promise<void> {
  await stores.personalData.withdrawConsent(person.id, kind, now);
  if (!given) return;
  const { version, text } = consentWording(kind, language);
  await stores.personalData.recordConsent(person.summitId, person.id, { kind, wording: text, version, language, givenAt: now });
}
