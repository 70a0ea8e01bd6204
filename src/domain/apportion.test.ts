import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { apportionSeats, apportionmentMethods, type ApportionmentClaim } from './apportion.ts';
import { demoAreas } from '../demo/holbaek-demo.ts';

const claimsArb = fc.uniqueArray(
  fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), population: fc.integer({ min: 0, max: 50_000 }) }),
  { minLength: 1, maxLength: 25, selector: (c) => c.key },
);
const demoClaims: ApportionmentClaim[] = demoAreas.map((a) => ({ key: a.name, population: a.population }));
const seatsOf = (result: ReturnType<typeof apportionSeats>, key: string) => result.ok ? result.seats.find((s) => s.key === key)!.seats : NaN;

describe('apportionment of a group quota over areas', () => {
  for (const method of apportionmentMethods) {
    it(`${method}: the seats always sum to the total`, () => {
      fc.assert(fc.property(claimsArb, fc.integer({ min: 0, max: 200 }), (claims, seats) => {
        const result = apportionSeats(claims, { method, seats });
        assert.ok(result.ok);
        assert.equal(result.seats.reduce((s, c) => s + c.seats, 0), seats);
      }));
    });

    it(`${method}: every area gets at least the minimum`, () => {
      fc.assert(fc.property(claimsArb, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 4 }), (claims, seats, minimum) => {
        const result = apportionSeats(claims, { method, seats, minimumPerClaim: minimum });
        if (minimum * claims.length > seats) return assert.deepEqual(result, { ok: false, error: 'minimum_exceeds_seats' });
        assert.ok(result.ok);
        for (const c of result.seats) assert.ok(c.seats >= minimum);
      }));
    });

    it(`${method}: the result does not depend on the order of the areas`, () => {
      fc.assert(fc.property(claimsArb, fc.integer({ min: 0, max: 150 }), fc.integer(), (claims, seats, salt) => {
        const shuffled = [...claims].sort((a, b) => ((a.key.charCodeAt(0) * salt) % 7) - ((b.key.charCodeAt(0) * salt) % 7) || (a.key < b.key ? 1 : -1));
        const one = apportionSeats(claims, { method, seats });
        const two = apportionSeats(shuffled, { method, seats });
        assert.ok(one.ok && two.ok);
        for (const c of claims) assert.equal(seatsOf(one, c.key), seatsOf(two, c.key));
      }));
    });
  }

  it('hare stays within floor and ceiling of the exact quota', () => {
    fc.assert(fc.property(claimsArb, fc.integer({ min: 0, max: 200 }), (claims, seats) => {
      const result = apportionSeats(claims, { method: 'hare', seats });
      assert.ok(result.ok);
      for (const c of result.seats) {
        assert.ok(c.seats >= Math.floor(c.exactQuota + 1e-9) && c.seats <= Math.ceil(c.exactQuota - 1e-9), `${c.seats} vs ${c.exactQuota}`);
      }
    }));
  });

  it('breaks ties deterministically: the larger population first, then the key', () => {
    const tie = apportionSeats([{ key: 'b', population: 100 }, { key: 'a', population: 100 }, { key: 'c', population: 100 }], { method: 'hare', seats: 2 });
    assert.ok(tie.ok);
    assert.deepEqual(tie.seats.map((s) => [s.key, s.seats]), [['b', 1], ['a', 1], ['c', 0]]);
    const dhondt = apportionSeats([{ key: 'x', population: 100 }, { key: 'y', population: 200 }], { method: 'dhondt', seats: 3 });
    assert.ok(dhondt.ok);
    assert.deepEqual(dhondt.seats.map((s) => s.seats), [1, 2]);
  });

  it("gives the demo figures of the data sheet: Hare 33 to Holbæk and 1 to Orø, d'Hondt 35 to Holbæk", () => {
    const hare = apportionSeats(demoClaims, { method: 'hare', seats: 76 });
    assert.equal(seatsOf(hare, 'Holbæk'), 33);
    assert.equal(seatsOf(hare, 'Orø'), 1);
    assert.equal(seatsOf(apportionSeats(demoClaims, { method: 'dhondt', seats: 76 }), 'Holbæk'), 35);
  });

  it('one seat per area, the rest by Hare, gives Holbæk 26 and every small area 2', () => {
    const result = apportionSeats(demoClaims, { method: 'hare', seats: 76, minimumPerClaim: 1 });
    assert.equal(seatsOf(result, 'Holbæk'), 26);
    assert.equal(seatsOf(result, 'Orø'), 2);
    assert.equal(seatsOf(result, 'Knabstrup'), 2);
  });

  it('refuses negative or non-finite populations', () => {
    assert.deepEqual(apportionSeats([{ key: 'a', population: -1 }], { method: 'hare', seats: 3 }), { ok: false, error: 'invalid_population' });
    assert.deepEqual(apportionSeats([], { method: 'hare', seats: 3 }), { ok: false, error: 'no_claims' });
  });
});
