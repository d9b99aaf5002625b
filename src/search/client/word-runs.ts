/**
 * Whether word positions hold a run of `length` consecutive ones: a query word Pagefind cuts
 * into pieces is on a page only where its pieces stand together (candidates.ts). The positions
 * are `positions[from .. to)`, so that results in columns (result-columns.ts) are read in place.
 */
export function hasRun(positions: ArrayLike<number>, from: number, to: number, length: number): boolean {
  let run = 1;
  for (let i = from + 1; i < to && run < length; i++) {
    const step = positions[i]! - positions[i - 1]!;
    // Pagefind gives them in order; any other order is put in order first
    if (step < 0) return hasRun(Array.prototype.slice.call(positions, from, to).sort((a: number, b: number) => a - b), 0, to - from, length);
    if (step !== 0) run = step === 1 ? run + 1 : 1;
  }
  return run >= length;
}
