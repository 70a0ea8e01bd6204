// A use case that changes a summit requires the proof that whoever asks was checked
// (CoordinatorAccess, made only by src/server/access.ts): a route that forgot the check, and so
// has only an actor or a coordinator row to pass, does not compile.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { repoRoot, typeErrors } from '../support/type-check.ts';

const header = `import { createArea } from '${repoRoot}src/use-cases/summit/save-area.ts';
import type { CoordinatorAccess } from '${repoRoot}src/use-cases/actor.ts';
import type { Coordinator } from '${repoRoot}src/domain/coordinator.ts';
import type { Deps } from '${repoRoot}src/ports.ts';
import type { SummitId } from '${repoRoot}src/domain/ids.ts';
declare const deps: Deps;
declare const summitId: SummitId;
`;
const area = "{ name: 'Nord', population: 1000 }";

describe('the proof of access a use case that changes a summit requires', () => {
  it('takes the checked coordinator', () => {
    assert.deepEqual(typeErrors({ 'checked.mts': `${header}declare const access: CoordinatorAccess;\nexport const done = createArea(deps, access, summitId, ${area});\n` }), []);
  });

  it('refuses an actor string, as a route that never checked would have', () => {
    const errors = typeErrors({ 'actor.mts': `${header}export const done = createArea(deps, 'coordinator:c-1', summitId, ${area});\n` });
    assert.ok(errors.some((e) => /not assignable to parameter of type 'Access'/.test(e)), errors.join('\n'));
  });

  it('refuses a coordinator that was read but not checked', () => {
    const errors = typeErrors({ 'unchecked.mts': `${header}declare const coordinator: Coordinator;\nexport const done = createArea(deps, coordinator, summitId, ${area});\n` });
    assert.ok(errors.some((e) => /not assignable to parameter of type 'Access'/.test(e)), errors.join('\n'));
  });
});
