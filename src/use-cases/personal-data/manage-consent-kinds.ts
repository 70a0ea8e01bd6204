// The coordinator's kinds of consent for a summit: added with words in Danish and English, revised
// (a new version when the words change, so those who consented to the old words are asked again)
// and retired (no longer asked for; consents given stand until withdrawn). Bad words change
// nothing and come back as validation_failed with a problem per field.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import {
  consentKindProblems, consentKindWording, consentOffers, maxConsentKindsPerSummit, normaliseConsentKind, reviseConsentKind,
  type ConsentKindInput, type ConsentOffer, type SummitConsentKind,
} from '../../domain/personal-data/consent.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { loadConsentsInForce } from '../consent-register.ts';

export interface ConsentKindsView {
  summit: Summit;
  /** Every kind, built-in first, with how many people's consent is in force. */
  kinds: { offer: ConsentOffer; kind: SummitConsentKind | undefined; inForce: number }[];
}

export async function getConsentKinds(deps: Deps, summitId: SummitId): Promise<ConsentKindsView> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [kinds, invitations] = await Promise.all([stores.consentKinds.list(summitId), stores.invitations.listBySummit(summitId)]);
  const inForce = await loadConsentsInForce(stores, summitId, invitations);
  const counts = new Map<string, number>();
  for (const held of inForce.values()) for (const kind of held) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const offers = consentOffers(kinds);
  return { summit, kinds: offers.map((offer) => ({ offer, kind: kinds.find((k) => k.id === offer.kind), inForce: counts.get(offer.kind) ?? 0 })) };
}

function checked(input: ConsentKindInput): ConsentKindInput {
  const clean = normaliseConsentKind(input);
  const problems = consentKindProblems(clean);
  if (Object.keys(problems).length) throw new DomainError('validation_failed', problems);
  return clean;
}

export async function addConsentKind(deps: Deps, access: Access, summitId: SummitId, input: ConsentKindInput): Promise<SummitConsentKind> {
  const actor = actorOf(access);
  const clean = checked(input);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const existing = await stores.consentKinds.list(summitId);
    if (existing.filter((k) => k.retiredAt === null).length >= maxConsentKindsPerSummit) throw new DomainError('validation_failed', { kinds: 'too_many' });
    const kind = await stores.consentKinds.add({
      summitId, wording: consentKindWording(clean), version: 1, position: existing.length, createdAt: now, updatedAt: now, retiredAt: null,
    });
    await stores.audit.append({ action: 'consent_kind.added', actor, summitId, subjectType: 'consent_kind', subjectId: kind.id, data: { version: kind.version } }, now);
    return kind;
  });
}

async function kindOfSummit(stores: Deps['db']['stores'], summitId: SummitId, kindId: string): Promise<SummitConsentKind> {
  const kind = await stores.consentKinds.find(kindId);
  if (!kind || kind.summitId !== summitId) throw new DomainError('not_found', { consentKindId: kindId });
  return kind;
}

/** New words for a kind; `changed` is false (and nothing is written) when the words are the same. */
export async function reviseSummitConsentKind(deps: Deps, access: Access, summitId: SummitId, kindId: string, input: ConsentKindInput): Promise<{ kind: SummitConsentKind; changed: boolean }> {
  const actor = actorOf(access);
  const clean = checked(input);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    const revised = reviseConsentKind(await kindOfSummit(stores, summitId, kindId), clean, now);
    if (!revised.changed) return revised;
    await stores.consentKinds.save(revised.kind);
    await stores.audit.append({ action: 'consent_kind.revised', actor, summitId, subjectType: 'consent_kind', subjectId: kindId, data: { version: revised.kind.version } }, now);
    return revised;
  });
}

/** Stops asking for a kind; retiring twice is retiring once. */
export async function retireConsentKind(deps: Deps, access: Access, summitId: SummitId, kindId: string): Promise<SummitConsentKind> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    const kind = await kindOfSummit(stores, summitId, kindId);
    if (kind.retiredAt) return kind;
    const retired = { ...kind, retiredAt: now, updatedAt: now };
    await stores.consentKinds.save(retired);
    await stores.audit.append({ action: 'consent_kind.retired', actor, summitId, subjectType: 'consent_kind', subjectId: kindId, data: {} }, now);
    return retired;
  });
}
