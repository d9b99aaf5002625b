/** The bench builds the sites in turns, in an order that alternates, so that no site is always built second (scripts/bench/turns.ts). */
import { expect, test } from 'vitest';
import { turnOrder } from '../../scripts/bench/turns';

test('the order listed in the first turn, then reversed, alternately', () => {
  expect([0, 1, 2, 3].map((turn) => turnOrder(2, turn))).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
  expect(turnOrder(3, 1)).toEqual([2, 1, 0]);
});

test('over an even number of turns, each site is built first as often as any other', () => {
  const firsts = [0, 0];
  for (let turn = 0; turn < 6; turn++) firsts[turnOrder(2, turn)[0]!]!++;
  expect(firsts).toEqual([3, 3]);
});
