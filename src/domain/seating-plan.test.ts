import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { comparePlans, locksToFixedSeats, movePerson, proposeTables, rosterChanges, sharedValues, swapPeople, type SeatingRound } from './seating-plan.ts';

const rounds: SeatingRound[] = [
  { tables: [{ id: 't1', people: ['a', 'b', 'c'] }, { id: 't2', people: ['d', 'e', 'f'] }] },
  { tables: [{ id: 't1', people: ['a', 'd', 'e'] }, { id: 't2', people: ['b', 'c', 'f'] }] },
];

describe('table proposals', () => {
  it('gives the 168 of the seed one table per facilitator, 8-9 a table', () => {
    const tables = proposeTables(168, 19);
    assert.equal(tables.length, 19);
    assert.ok(tables.every((t) => t.min <= 8 && t.max >= 9 && t.min >= 7 && t.max <= 9));
  });
  it('seats about eight a table without facilitators, and every table can be filled', () => {
    for (const n of [8, 15, 40, 100, 168]) {
      const tables = proposeTables(n, 0);
      const min = tables.reduce((s, t) => s + t.min, 0), max = tables.reduce((s, t) => s + t.max, 0);
      assert.ok(n >= min && n <= max, `${n} fit`);
    }
  });
  it('widens the sizes rather than leaving a facilitator without a table', () => {
    const tables = proposeTables(16, 4);
    assert.equal(tables.length, 4);
    assert.ok(tables[0].min <= 4);
  });
  it('proposes nothing for nobody', () => assert.deepEqual(proposeTables(0, 0), []));
});

describe('edits, locks and comparisons', () => {
  it('moves and swaps within one round only', () => {
    const moved = movePerson(rounds, 1, 'a', 't2');
    assert.deepEqual(moved[0].tables[1].people, ['d', 'e', 'f', 'a']);
    assert.deepEqual(moved[1], rounds[1]);
    const swapped = swapPeople(rounds, 2, 'a', 'b');
    assert.deepEqual(swapped[1].tables.map((t) => t.people), [['b', 'd', 'e'], ['a', 'c', 'f']]);
  });
  it('turns locked people and tables into fixed seats of their round', () => {
    const fixed = locksToFixedSeats(rounds, { people: [{ person: 'f', round: 2 }], tables: [{ table: 't1', round: 1 }] });
    assert.deepEqual(fixed, [
      { person: 'a', table: 't1', round: 1 }, { person: 'b', table: 't1', round: 1 }, { person: 'c', table: 't1', round: 1 },
      { person: 'f', table: 't2', round: 2 },
    ]);
  });
  it('counts the seats that differ between two versions', () => {
    assert.equal(comparePlans(rounds, rounds).movedSeats, 0);
    assert.equal(comparePlans(rounds, swapPeople(rounds, 1, 'a', 'd')).movedSeats, 2);
  });
  it('tells an unavoidable shared area from an avoidable one', () => {
    const area: Record<string, string> = { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y', f: 'z' };
    const found = sharedValues(rounds, (p) => area[p]);
    assert.ok(found.some((f) => f.round === 1 && f.value === 'x' && f.count === 3 && !f.unavoidable), 'three from x at one table of two could be 2 + 1');
    assert.ok(found.some((f) => f.round === 1 && f.value === 'y' && !f.unavoidable), 'two from y could sit apart');
    const crowded: SeatingRound[] = [{ tables: [{ id: 't1', people: ['a', 'b'] }, { id: 't2', people: ['c', 'd'] }] }];
    const same = sharedValues(crowded, () => 'x');
    assert.ok(same.every((f) => f.unavoidable), 'four from one area at two tables must meet');
  });
  it('finds who left the roster and who has no seat', () => {
    assert.deepEqual(rosterChanges(rounds, new Set(['a', 'b', 'c', 'd', 'e', 'g'])), { gone: ['f'], missing: ['g'] });
  });
});
