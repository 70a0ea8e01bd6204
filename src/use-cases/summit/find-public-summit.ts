// What citizens may read: the public list of summits and one summit's public page. A draft is
// never public; an archived summit keeps its page but leaves the list.
import { isListedPublicly, isPublic, type Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

/** Only a cancelled or archived summit's history decides whether it is public: read it only then. */
async function historyIfNeeded(deps: Deps, summit: Summit) {
  return summit.status === 'cancelled' || summit.status === 'archived' ? deps.db.stores.summits.listStatusChanges(summit.id) : [];
}

/** The summit behind a public address, unless it is not public (then as unknown as a wrong slug). */
export async function findPublicSummit(deps: Deps, slug: string): Promise<Summit | undefined> {
  const summit = await deps.db.stores.summits.findBySlug(slug);
  if (!summit) return undefined;
  return isPublic(summit.status, await historyIfNeeded(deps, summit)) ? summit : undefined;
}

/** The summits on the public front page. */
export async function listPublicSummits(deps: Deps): Promise<Summit[]> {
  const summits = await deps.db.stores.summits.list();
  const listed = await Promise.all(summits.map(async (s) => isListedPublicly(s.status, await historyIfNeeded(deps, s))));
  return summits.filter((_, i) => listed[i]);
}

/**
 * The summit behind a public address and the version of what its public page shows, without
 * deciding whether it is public: a page rendered for that version decides it, once.
 */
export function publicPageVersion(deps: Deps, slug: string) {
  return deps.db.stores.summits.pageVersion(slug);
}
