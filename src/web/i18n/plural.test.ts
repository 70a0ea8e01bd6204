// Every count reads right at 1 as well as at many, in Danish and English.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { da } from './da.ts';
import { en } from './en.ts';

describe('counts on the pages', () => {
  it('says "1 sted" and "1 bekræftet deltager", never "1 steder" or "1 bekræftede deltagere"', () => {
    assert.equal(da.seating.confirmed(1), '1 bekræftet deltager');
    assert.equal(da.seating.confirmed(2), '2 bekræftede deltagere');
    assert.equal(da.seating.facilitators(1), '1 bordfacilitator');
    assert.match(da.seating.spreadUneven('Områder', 1), /^Områder: ét sted er/);
    assert.match(da.seating.spreadUneven('Områder', 3), /^Områder: 3 steder er/);
    assert.match(da.seating.rosterMissing(1), /^1 bekræftet deltager har/);
    assert.match(da.seating.repeats(1), /^1 gang mødes/);
    assert.equal(da.afterSummit.survey.confirmButton(1), 'Ja, send til 1 person');
    assert.equal(da.registration.admin.capacity(1), 'Kapacitet: 1 plads.');
    assert.equal(da.admin.groups.free(1), '1 plads er ikke fordelt.');
    assert.equal(da.checkIn.page.matches(1), '1 deltager fundet');
  });

  it('says "1 seat" and "1 confirmed participant" in English', () => {
    assert.equal(en.seating.confirmed(1), '1 confirmed participant');
    assert.equal(en.seating.confirmed(0), '0 confirmed participants');
    assert.match(en.seating.rosterMissing(1), /^1 confirmed participant has no seat/);
    assert.equal(en.registration.admin.capacity(1), 'Capacity: 1 seat.');
    assert.equal(en.admin.groups.free(1), '1 seat is not given to a group.');
  });
});
