// The consent register: every change of a consent is kept with the words the person saw, so giving
// and withdrawing leave the same trail. For photos the invitation's flag (consentPhotos) is what
// the badge's no-photo mark, the lists and the exports read; every other kind is read from this
// register (a consent in force: given to the current words, not withdrawn).
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/language.ts';
import { consentOffers, consentsInForce, consentText, planConsentChanges, type ConsentChange, type ConsentChoice, type ConsentKind, type ConsentOffer, type ConsentRecord } from '../domain/personal-data/consent.ts';
import type { Stores } from '../ports.ts';

/** Every consent the summit asks for (or once asked for): the built-in ones and the coordinator's. */
export async function loadConsentOffers(stores: Stores, summitId: string): Promise<ConsentOffer[]> {
  return consentOffers(await stores.consentKinds.list(summitId));
}

/**
 * The changes a person's choices make to their consents, read afresh (call it inside the
 * transaction that applies them). Choices the words of which changed since they were shown, or
 * that newly give a retired kind, are refused with nothing changed.
 */
export async function planPersonConsents(stores: Stores, person: { id: string; summitId: string; consentPhotos: boolean }, choices: Readonly<Record<ConsentKind, ConsentChoice>>): Promise<ConsentChange[]> {
  if (Object.keys(choices).length === 0) return [];
  const [offers, records] = await Promise.all([loadConsentOffers(stores, person.summitId), stores.personalData.listConsents(person.id)]);
  // Photos follow the invitation's flag, which the badges and lists read: a change is a change of the flag.
  const { photos, ...others } = choices;
  const plan = planConsentChanges(offers, records, others);
  if ('problem' in plan) throw new DomainError(plan.problem, { consent: plan.kind });
  const photosOffer = offers.find((o) => o.kind === 'photos')!;
  return photos && photos.given !== person.consentPhotos ? [{ offer: photosOffer, given: photos.given }, ...plan.changes] : plan.changes;
}

/** The choices of an answer: whether each kind is given, and the version of the words shown when known. */
export function consentChoices(consents: Readonly<Record<ConsentKind, boolean>> | undefined, versions: Readonly<Record<ConsentKind, string>> = {}): Record<ConsentKind, ConsentChoice> {
  return Object.fromEntries(Object.entries(consents ?? {}).map(([kind, given]) => [kind, { given, versionShown: versions[kind] }]));
}

/** Writes the changes to the register, each with the words in the person's language, and logs them. */
export async function applyConsentChanges(stores: Stores, person: { id: string; summitId: string }, changes: readonly ConsentChange[], language: Language, now: string): Promise<void> {
  for (const { offer, given } of changes) {
    await stores.personalData.withdrawConsent(person.id, offer.kind, now);
    if (given) {
      await stores.personalData.recordConsent(person.summitId, person.id, { kind: offer.kind, wording: consentText(offer.wording[language]), version: offer.version, language, givenAt: now });
    }
    await stores.audit.append({
      actor: `participant:${person.id}`, summitId: person.summitId, subjectType: 'invitation', subjectId: person.id,
      action: given ? 'consent.given' : 'consent.revoked', data: { consent: offer.kind, version: offer.version },
    }, now);
  }
}

/**
 * The kinds each of the summit's people has a consent in force for, by invitation id: photos as
 * the invitation's flag says, every other kind from the register (given to the current words).
 */
export async function loadConsentsInForce(stores: Stores, summitId: string, people: readonly { id: string; consentPhotos: boolean }[]): Promise<Map<string, Set<ConsentKind>>> {
  const [offers, records] = await Promise.all([loadConsentOffers(stores, summitId), stores.personalData.listSummitConsents(summitId)]);
  return consentsInForceOf(offers, records, people);
}

/** As loadConsentsInForce, from the offers and the people's consent records already read. */
export function consentsInForceOf(offers: readonly ConsentOffer[], records: readonly (ConsentRecord & { invitationId: string })[], people: readonly { id: string; consentPhotos: boolean }[]): Map<string, Set<ConsentKind>> {
  const byPerson = new Map<string, typeof records>();
  for (const record of records) byPerson.set(record.invitationId, [...(byPerson.get(record.invitationId) ?? []), record]);
  return new Map(people.map((person) => {
    const inForce = consentsInForce(byPerson.get(person.id) ?? [], offers);
    if (person.consentPhotos) inForce.add('photos'); else inForce.delete('photos');
    return [person.id, inForce];
  }));
}
