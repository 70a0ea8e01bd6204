// The consents Samskab asks for, each in the exact words shown to the person, with a version that
// changes whenever the words do. The consent register stores the words and version with each
// consent given, so what a person agreed to can be shown later, word for word.
//
// Two kinds are built in (photos, and sharing one's contact details with the other participants);
// a coordinator may add further kinds to a summit, worded in Danish and English. A consent counts
// only for the words it was given to: when a kind's wording changes, consents given to the earlier
// words stay in the register as they were given, but no longer count, and the person is asked again.
import type { Language } from '../language.ts';

export const builtInConsentKinds = ['photos', 'contacts'] as const;
export type BuiltInConsentKind = (typeof builtInConsentKinds)[number];
/** A built-in kind's key, or the id of a kind the coordinator added to the summit. */
export type ConsentKind = string;

export interface ConsentWording { label: string; hint: string }

export const consentWordings: Record<BuiltInConsentKind, { version: string } & Record<Language, ConsentWording>> = {
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
  contacts: {
    version: '2026-12-03',
    da: {
      label: 'Jeg giver samtykke til, at mit navn, min organisation, min e-mail og mit telefonnummer deles med de andre deltagere, der også har givet dette samtykke.',
      hint: 'Så kan I finde hinanden efter topmødet: du ser de andres kontaktoplysninger under "Min dag", og de ser dine. Samtykket er frivilligt og kan trækkes tilbage når som helst på denne side.',
    },
    en: {
      label: 'I consent to my name, organisation, email and phone number being shared with the other participants who have also given this consent.',
      hint: 'So you can find each other after the summit: you see the others\' contact details under "My day", and they see yours. Consent is optional and can be withdrawn at any time on this page.',
    },
  },
};

/** The words of a consent as the register keeps them: the label and its explanation, as shown. */
export function consentText(wording: ConsentWording): string {
  return wording.hint ? `${wording.label} ${wording.hint}` : wording.label;
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

/** A kind of consent the coordinator added to one summit. */
export interface SummitConsentKind {
  id: string;
  summitId: string;
  wording: Record<Language, ConsentWording>;
  /** 1 when added; one more each time the words (in either language) change. */
  version: number;
  position: number;
  createdAt: string;
  updatedAt: string;
  /** When the coordinator stopped asking for it; null while it is asked for. */
  retiredAt: string | null;
}

/** A consent as a summit asks for it: built in or added, with its current words and version. */
export interface ConsentOffer {
  kind: ConsentKind;
  builtIn: boolean;
  version: string;
  wording: Record<Language, ConsentWording>;
  retired: boolean;
}

/** Every consent of a summit: the built-in ones first, then the added ones in their order, retired ones too. */
export function consentOffers(kinds: readonly SummitConsentKind[]): ConsentOffer[] {
  const builtIn = builtInConsentKinds.map((kind): ConsentOffer => {
    const { version, da, en } = consentWordings[kind];
    return { kind, builtIn: true, version, wording: { da, en }, retired: false };
  });
  const added = [...kinds].sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt))
    .map((k): ConsentOffer => ({ kind: k.id, builtIn: false, version: String(k.version), wording: k.wording, retired: k.retiredAt !== null }));
  return [...builtIn, ...added];
}

/**
 * Where a person's consent of one kind stands: given (to the current words), outdated (given to
 * earlier words and not withdrawn: it no longer counts) or none.
 */
export type ConsentStanding = { state: 'given'; givenAt: string } | { state: 'outdated'; givenAt: string; version: string } | { state: 'none' };

export function consentStanding(records: readonly ConsentRecord[], offer: Pick<ConsentOffer, 'kind' | 'version'>): ConsentStanding {
  const standing = records.filter((r) => r.kind === offer.kind && r.withdrawnAt === null).sort((a, b) => b.givenAt.localeCompare(a.givenAt))[0];
  if (!standing) return { state: 'none' };
  return standing.version === offer.version ? { state: 'given', givenAt: standing.givenAt } : { state: 'outdated', givenAt: standing.givenAt, version: standing.version };
}

/** The kinds a person's consent counts for now: given to the current words. */
export function consentsInForce(records: readonly ConsentRecord[], offers: readonly ConsentOffer[]): Set<ConsentKind> {
  return new Set(offers.filter((o) => consentStanding(records, o).state === 'given').map((o) => o.kind));
}

/** What a person chose for one kind: given or not, and the version of the words they were shown. */
export interface ConsentChoice { given: boolean; versionShown?: string | undefined }

/** One change to make in the register. */
export interface ConsentChange { offer: ConsentOffer; given: boolean }

export type ConsentChoiceProblem = 'consent_wording_changed' | 'consent_kind_retired' | 'not_found';

/**
 * The changes a person's choices make, or why they cannot be made. Giving a consent already in
 * force, or withdrawing one that is not, changes nothing; withdrawing an outdated one is a change
 * (it still stands in the register). A consent is given only to the words the person saw: if the
 * words changed after the page was shown, nothing is recorded and the person is shown the new
 * words. A retired kind can be withdrawn, never newly given.
 */
export function planConsentChanges(offers: readonly ConsentOffer[], records: readonly ConsentRecord[], choices: Readonly<Record<ConsentKind, ConsentChoice>>):
  { changes: ConsentChange[] } | { problem: ConsentChoiceProblem; kind: ConsentKind } {
  const changes: ConsentChange[] = [];
  for (const [kind, choice] of Object.entries(choices)) {
    const offer = offers.find((o) => o.kind === kind);
    if (!offer) return { problem: 'not_found', kind };
    const standing = consentStanding(records, offer).state;
    if (choice.given) {
      if (standing === 'given') continue;
      if (choice.versionShown !== undefined && choice.versionShown !== offer.version) return { problem: 'consent_wording_changed', kind };
      if (offer.retired) return { problem: 'consent_kind_retired', kind };
      changes.push({ offer, given: true });
    } else if (standing !== 'none') {
      changes.push({ offer, given: false });
    }
  }
  return { changes };
}

/** A coordinator's words for a kind of consent: label required in both languages, hints optional. */
export interface ConsentKindInput {
  labelDa: string;
  hintDa: string;
  labelEn: string;
  hintEn: string;
}
export type ConsentKindField = keyof ConsentKindInput;
export const consentKindFields: readonly ConsentKindField[] = ['labelDa', 'hintDa', 'labelEn', 'hintEn'];
export type ConsentKindProblem = 'required' | 'too_long';

const consentKindMax: Record<ConsentKindField, number> = { labelDa: 500, hintDa: 1000, labelEn: 500, hintEn: 1000 };
/** More kinds than this on one summit is a form no one reads. */
export const maxConsentKindsPerSummit = 10;

export function normaliseConsentKind(input: ConsentKindInput): ConsentKindInput {
  const clean = (text: string) => (text ?? '').trim().replace(/\s+/g, ' ');
  return { labelDa: clean(input.labelDa), hintDa: clean(input.hintDa), labelEn: clean(input.labelEn), hintEn: clean(input.hintEn) };
}

export function consentKindProblems(input: ConsentKindInput): Partial<Record<ConsentKindField, ConsentKindProblem>> {
  const problems: Partial<Record<ConsentKindField, ConsentKindProblem>> = {};
  for (const field of consentKindFields) {
    if ((field === 'labelDa' || field === 'labelEn') && !input[field]) problems[field] = 'required';
    else if (input[field].length > consentKindMax[field]) problems[field] = 'too_long';
  }
  return problems;
}

export const consentKindWording = (input: ConsentKindInput): Record<Language, ConsentWording> =>
  ({ da: { label: input.labelDa, hint: input.hintDa }, en: { label: input.labelEn, hint: input.hintEn } });

/**
 * The kind with new words: the version goes up by one when any word changed in either language,
 * and stays when the words are the same (saving an unchanged form asks no one again).
 */
export function reviseConsentKind(kind: SummitConsentKind, input: ConsentKindInput, now: string): { kind: SummitConsentKind; changed: boolean } {
  const wording = consentKindWording(input);
  const same = (['da', 'en'] as const).every((l) => wording[l].label === kind.wording[l].label && wording[l].hint === kind.wording[l].hint);
  if (same) return { kind, changed: false };
  return { kind: { ...kind, wording, version: kind.version + 1, updatedAt: now }, changed: true };
}
