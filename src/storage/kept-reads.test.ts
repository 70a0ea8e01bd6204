import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keptReads } from './kept-reads.ts';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Kept reads over a data_version that counts how often it is asked and moves when told. */
function overCountedVersion() {
  const version = { value: 1, asked: 0 };
  const kept = keptReads({ dataVersion: () => { version.asked++; return version.value; } });
  let loads = 0;
  const read = () => kept.read('page', 'summit-1', () => ['s:summit-1'], async () => ++loads);
  return { version, read, loads: () => loads };
}

test('the reads that one turn of the event loop handles ask the data_version once between them', async () => {
  const { version, read } = overCountedVersion();
  await nextTurn();
  const askedBefore = version.asked;
  await Promise.all([read(), read(), read()]);
  assert.equal(version.asked - askedBefore, 1);
  await nextTurn();
  await read();
  assert.equal(version.asked - askedBefore, 2, 'the next turn asks again');
});

test('a data_version moved by another connection drops what is kept by the next turn', async () => {
  const { version, read, loads } = overCountedVersion();
  await nextTurn();
  assert.equal(await read(), 1);
  await nextTurn();
  assert.equal(await read(), 1, 'kept while the version stands');
  version.value++;
  await nextTurn();
  assert.equal(await read(), 2, 'read afresh once the version moved');
  assert.equal(loads(), 2);
});
