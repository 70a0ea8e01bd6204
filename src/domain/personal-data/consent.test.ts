// The consent rules: a consent counts only for the words it was given to, giving and withdrawing
// change the register only when they change something, a consent is given only to the words the
// person saw, a retired kind can be withdrawn but not newly given, and a kind's version goes up
// exactly when its words change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  consentKindProblems, consentOffers, consentsInForce, consentStanding, consentText, normaliseConsentKind, planConsentChanges, reviseConsentKind,
  type ConsentRecord, type SummitConsentKind,
} from './consent.ts';

const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const kind = (overrides: Partial<SummitConsentKind> = {}): SummitConsentKind => ({
  id: 'k-names', summitId: 's1', version: 1, position: 0, createdAt: at(1), updatedAt: at(1), retiredAt: null,
  wording: { da: { label: 'Mit navn må stå i deltagerlisten.', hint: '' }, en: { label: 'My name may appear in the participant list.', hint: '' } },
  ...overrides,
});
const record = (kindId: string, version: string, givenAt: string, withdrawnAt: string | null = null): ConsentRecord =>
  ({ kind: kindId, wording: 'ord', version, language: 'da', givenAt, withdrawnAt });

describe('the consent register\'s rules', () => {
  it('offers the built-in consents first, then the summit\'s own in their order, retired ones marked', () => {
    const offers = consentOffers([kind({ id: 'b', position: 1 }), kind({ id: 'a', position: 0, retiredAt: at(2) })]);
    assert.deepEqual(offers.map((o) => [o.kind, o.builtIn, o.retired]), [['photos', true, false], ['contacts', true, false], ['a', false, true], ['b', false, false]]);
    assert.equal(offers[2]!.version, '1');
  });

  it('counts a consent only for the words it was given to: an earlier version stands as outdated', () => {
    const offer = { kind: 'k-names', version: '2' };
    assert.deepEqual(consentStanding([record('k-names', '2', at(3))], offer), { state: 'given', givenAt: at(3) });
    assert.deepEqual(consentStanding([record('k-names', '1', at(3))], offer), { state: 'outdated', givenAt: at(3), version: '1' });
    assert.deepEqual(consentStanding([record('k-names', '2', at(3), at(4))], offer), { state: 'none' }, 'a withdrawn consent does not stand');
    assert.deepEqual(consentStanding([record('other', '2', at(3))], offer), { state: 'none' });
    const offers = consentOffers([kind({ version: 2 })]);
    assert.deepEqual([...consentsInForce([record('k-names', '1', at(3)), record('contacts', '2026-12-03', at(3))], offers)], ['contacts']);
  });

  it('changes the register only when a choice changes something, and withdraws an outdated consent too', () => {
    const offers = consentOffers([kind({ version: 2 })]);
    const held = [record('contacts', '2026-12-03', at(3)), record('k-names', '1', at(3))];
    const plan = planConsentChanges(offers, held, { contacts: { given: true }, 'k-names': { given: false } });
    assert.ok('changes' in plan);
    assert.deepEqual(plan.changes.map((c) => [c.offer.kind, c.given]), [['k-names', false]], 'giving what is in force is no change; withdrawing an outdated one is');
    const none = planConsentChanges(offers, [], { contacts: { given: false } });
    assert.ok('changes' in none && none.changes.length === 0, 'withdrawing what was never given is no change');
    const again = planConsentChanges(offers, held, { 'k-names': { given: true, versionShown: '2' } });
    assert.ok('changes' in again);
    assert.deepEqual(again.changes.map((c) => [c.offer.kind, c.given, c.offer.version]), [['k-names', true, '2']], 'consenting to the new words replaces the outdated consent');
  });

  it('gives a consent only to the words the person was shown', () => {
    const offers = consentOffers([kind({ version: 3 })]);
    assert.deepEqual(planConsentChanges(offers, [], { 'k-names': { given: true, versionShown: '2' } }), { problem: 'consent_wording_changed', kind: 'k-names' });
    const withdrawn = planConsentChanges(offers, [record('k-names', '2', at(3))], { 'k-names': { given: false, versionShown: '2' } });
    assert.ok('changes' in withdrawn && withdrawn.changes.length === 1, 'withdrawing is never refused for changed words');
  });

  it('lets a retired kind be withdrawn but never newly given, and refuses a kind the summit does not have', () => {
    const offers = consentOffers([kind({ retiredAt: at(5) })]);
    assert.deepEqual(planConsentChanges(offers, [], { 'k-names': { given: true } }), { problem: 'consent_kind_retired', kind: 'k-names' });
    const withdrawn = planConsentChanges(offers, [record('k-names', '1', at(3))], { 'k-names': { given: false } });
    assert.ok('changes' in withdrawn && withdrawn.changes[0]?.given === false);
    assert.deepEqual(planConsentChanges(offers, [], { 'another-summits-kind': { given: true } }), { problem: 'not_found', kind: 'another-summits-kind' });
  });

  it('raises the version by one exactly when the words change in either language', () => {
    const current = kind({ version: 4 });
    const same = { labelDa: current.wording.da.label, hintDa: '', labelEn: current.wording.en.label, hintEn: '' };
    assert.deepEqual(reviseConsentKind(current, same, at(9)), { kind: current, changed: false });
    const english = reviseConsentKind(current, { ...same, hintEn: 'Optional.' }, at(9));
    assert.equal(english.changed, true);
    assert.equal(english.kind.version, 5);
    assert.equal(english.kind.updatedAt, at(9));
    assert.equal(english.kind.wording.en.hint, 'Optional.');
  });

  it('requires the consent\'s words in Danish and English, trims them and keeps them within bounds', () => {
    const clean = normaliseConsentKind({ labelDa: '  Mit   navn ', hintDa: '', labelEn: '', hintEn: 'x'.repeat(1001) });
    assert.equal(clean.labelDa, 'Mit navn');
    assert.deepEqual(consentKindProblems(clean), { labelEn: 'required', hintEn: 'too_long' });
  });

  it('keeps the label and its explanation as one text, as shown', () => {
    assert.equal(consentText({ label: 'Ja tak.', hint: 'Kan trækkes tilbage.' }), 'Ja tak. Kan trækkes tilbage.');
    assert.equal(consentText({ label: 'Ja tak.', hint: '' }), 'Ja tak.');
  });
});
