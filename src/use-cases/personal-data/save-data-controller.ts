// The municipality's details as data controller, saved once for every summit's privacy notice.
// Bad input changes nothing: every wrong field comes back at once as validation_failed.
import { DomainError } from '../../domain/errors.ts';
import { dataControllerFields, dataControllerProblems, normaliseDataController, type DataController, type DataControllerInput } from '../../domain/personal-data/data-controller.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export function getDataController(deps: Deps): Promise<DataController> {
  return deps.db.stores.dataController.find();
}

export async function saveDataController(deps: Deps, access: Access, input: DataControllerInput): Promise<DataController> {
  const actor = actorOf(access);
  const controller = normaliseDataController(input);
  const problems = dataControllerProblems(controller);
  if (Object.keys(problems).length) throw new DomainError('validation_failed', problems);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    const before = await stores.dataController.find();
    await stores.dataController.save(controller, now);
    // Which fields changed, not their values: the log is no second copy of the contacts.
    const changed = dataControllerFields.filter((field) => before[field] !== controller[field]);
    await stores.audit.append({ action: 'data_controller.updated', actor, summitId: null, subjectType: 'data_controller', subjectId: 'installation', data: { changed } }, now);
    return stores.dataController.find();
  });
}
