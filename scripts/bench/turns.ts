/**
 * The order in which the bench builds the sites in a turn (scripts/bench.ts, rebuildInTurns):
 * the given order in even turns (the first turn is 0), the reverse in odd ones, so that no site
 * is built second in every turn.
 */
export function turnOrder(sites: number, turn: number): number[] {
  const order = Array.from({ length: sites }, (_, i) => i);
  return turn % 2 === 1 ? order.reverse() : order;
}
