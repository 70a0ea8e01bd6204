import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copenhagenLocalToIso, isoToCopenhagenLocal } from './admin-local-time.ts';

describe('Danish local time in date fields', () => {
  it('reads summer time as UTC+2 and winter time as UTC+1', () => {
    assert.equal(copenhagenLocalToIso('2027-06-10T17:00'), '2027-06-10T15:00:00.000Z');
    assert.equal(copenhagenLocalToIso('2027-01-10T17:00'), '2027-01-10T16:00:00.000Z');
  });

  it('is right on both sides of a daylight-saving change', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00 in Copenhagen.
    assert.equal(copenhagenLocalToIso('2027-03-28T01:30'), '2027-03-28T00:30:00.000Z');
    assert.equal(copenhagenLocalToIso('2027-03-28T03:30'), '2027-03-28T01:30:00.000Z');
    // 31 October 2027: clocks go from 03:00 back to 02:00.
    assert.equal(copenhagenLocalToIso('2027-10-31T04:00'), '2027-10-31T03:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of ['', 'i morgen', '2027-02-30T10:00', '2027-06-10T24:00', '2027-06-10 17:00']) {
      assert.equal(copenhagenLocalToIso(bad), undefined, bad);
    }
  });

  it('shows a stored time back as the local value it was typed as', () => {
    for (const local of ['2027-06-10T17:00', '2027-12-24T09:15']) {
      assert.equal(isoToCopenhagenLocal(copenhagenLocalToIso(local)), local);
    }
    assert.equal(isoToCopenhagenLocal(null), '');
  });
});
