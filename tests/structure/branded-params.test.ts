import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { repoRoot, typeErrors } from '../support/type-check.ts';

const header = `import { idParam } from '${repoRoot}src/server/routes/api-schemas.ts';
import type { GroupId, SummitId } from '${repoRoot}src/domain/ids.ts';
const params = idParam('summitId').parse({ summitId: 's-1' });
`;

describe('route parameters typed by their schema', () => {
  it('gives a handler the branded id itself, with no cast', () => {
    assert.deepEqual(typeErrors({ 'right.mts': `${header}export const id: SummitId = params.summitId;\n` }), []);
  });

  it('refuses to pass a summit id where a group id is expected', () => {
    const errors = typeErrors({ 'wrong.mts': `${header}export const id: GroupId = params.summitId;\n` });
    assert.ok(errors.some((e) => /not assignable to type 'GroupId'/.test(e)), errors.join('\n'));
  });
});
