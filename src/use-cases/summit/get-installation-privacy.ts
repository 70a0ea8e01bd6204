// The general privacy page (/privatliv, in every page's footer): who is the data controller of the
// whole installation, and where each public summit's own notice is. Written from the same
// municipality's details as every summit's notice, so the two never disagree.
import { missingDataControllerFields, type DataController, type DataControllerField } from '../../domain/personal-data/data-controller.ts';
import type { Deps } from '../../ports.ts';
import { listPublicSummits } from './find-public-summit.ts';

export interface InstallationPrivacy {
  controller: DataController;
  missing: DataControllerField[];
  /** The summits on the public front page, each with its own notice. */
  summits: { title: string; slug: string }[];
}

export async function getInstallationPrivacy(deps: Deps): Promise<InstallationPrivacy> {
  const [controller, summits] = await Promise.all([deps.db.stores.dataController.find(), listPublicSummits(deps)]);
  return { controller, missing: missingDataControllerFields(controller), summits: summits.map((s) => ({ title: s.title, slug: s.slug })) };
}
