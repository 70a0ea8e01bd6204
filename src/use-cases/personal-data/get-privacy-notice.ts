// A summit's privacy notice is written from the summit (its retention, its schedule) and the
// municipality's details as data controller, never by hand per summit: a change of the
// municipality's details shows in every summit's notice at once.
import { builtInConsentKinds, type BuiltInConsentKind, type ConsentWording } from '../../domain/personal-data/consent.ts';
import type { Language } from '../../domain/language.ts';
import { missingDataControllerFields, type DataController, type DataControllerField } from '../../domain/personal-data/data-controller.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { getRetention } from './summit-retention.ts';

export interface PrivacyNotice {
  summit: Pick<Summit, 'id' | 'slug' | 'title' | 'retentionDays'>;
  controller: DataController;
  /** Required details the municipality has not given: the notice says so instead of guessing. */
  missing: DataControllerField[];
  consentKinds: readonly BuiltInConsentKind[];
  /** The summit's own consents still asked for, in the words shown. */
  addedConsents: Record<Language, ConsentWording>[];
  /** When this summit's personal data goes, once it has ended; null before. */
  retentionDueAt: string | null;
  purged: boolean;
}

export async function getPrivacyNotice(deps: Deps, summit: Summit): Promise<PrivacyNotice> {
  const [controller, retention, kinds] = await Promise.all([deps.db.stores.dataController.find(), getRetention(deps, summit.id), deps.db.stores.consentKinds.list(summit.id)]);
  return {
    summit: { id: summit.id, slug: summit.slug, title: summit.title, retentionDays: summit.retentionDays },
    controller, missing: missingDataControllerFields(controller), consentKinds: builtInConsentKinds,
    addedConsents: kinds.filter((k) => k.retiredAt === null).map((k) => k.wording),
    retentionDueAt: retention.dueAt, purged: retention.purgedAt !== null,
  };
}

/** What the coordinator is warned of on a summit's page: the required details still missing. */
export async function missingPrivacyDetails(deps: Deps): Promise<DataControllerField[]> {
  return missingDataControllerFields(await deps.db.stores.dataController.find());
}
