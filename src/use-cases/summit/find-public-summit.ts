// What citizens may read: the public list of summits and one summit's public page. A draft is
// never public; an archived summit keeps its page but leaves the list.
import { isListedPublicly, isPublic, type Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

/** The summit behind a public address, unless it is not public (then as unknown as a wrong slug). */
export async function findPublicSummit(deps: Deps, slug: string): Promise<Summit | undefined> {
  const summit = await deps.db.stores.summits.findBySlug(slug);
  return summit && isPublic(summit.status) ? summit : undefined;
}

/** The summits on the public front page. */
export async function listPublicSummits(deps: Deps): Promise<Summit[]> {
  return (await deps.db.stores.summits.list()).filter((s) => isListedPublicly(s.status));
}
