import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from './errors.ts';
import { assertGroupQuotasFitCapacity, assertOrganisationQuotasFitGroup, facilitatorQuotaForTables, tablesFor } from './quota.ts';

const code = (c: string) => (e: unknown) => e instanceof DomainError && e.code === c;

describe('quotas', () => {
  it('never lets group quotas together exceed the capacity', () => {
    assert.doesNotThrow(() => assertGroupQuotasFitCapacity(168, [76, 31, 8, 18, 16, 19]));
    assert.throws(() => assertGroupQuotasFitCapacity(168, [76, 31, 8, 18, 16, 20]), code('group_quotas_exceed_capacity'));
  });

  it("never lets organisation quotas together exceed their group's quota", () => {
    assert.doesNotThrow(() => assertOrganisationQuotasFitGroup(8, [4, 4]));
    assert.throws(() => assertOrganisationQuotasFitGroup(8, [4, 5]), code('organisation_quotas_exceed_group_quota'));
  });

  it('gives one facilitator per table', () => {
    assert.equal(facilitatorQuotaForTables(19), 19);
    assert.equal(tablesFor(149, 8), 19);
  });
});
