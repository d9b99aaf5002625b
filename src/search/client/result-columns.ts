/**
 * A search's results beyond the first few, as Pagefind's worker sends them to the page in
 * columns (src/search/worker/result-tail.ts): the page ids in one string, the scores and the
 * word positions in buffers handed over, not copied. Pagefind's worker script would make an
 * object, a fragment reader and a reader id of every result, and the reply would be copied
 * object by object: at 100,000 pages a common word has thousands of results, and those steps
 * took a search 40–90 ms (most of them in the worker, the copy's reading in the page). The
 * page needs no more than each result's id, score and word positions, and reads fragments
 * itself.
 */

/** The search option that asks the worker to send the results after the first `TAIL_AFTER` in columns. */
export const TAIL_OPTION = 'kbTail';
/** The field of a search's reply that carries those results. */
export const TAIL = 'kbTail';
/** How many results Pagefind's worker script still turns into its objects: the first (the worker's prefetch reads them, prefetch-fragments.ts). */
export const TAIL_AFTER = 10;

/** Results in columns: result i has id ids[i], score scores[i], and word positions positions[offsets[i] .. offsets[i + 1]). */
export interface ResultColumns {
  /** The ids, each followed by a line break (Pagefind's ids hold none). */
  ids: string;
  scores: Float64Array<ArrayBuffer>;
  offsets: Uint32Array<ArrayBuffer>;
  positions: Uint32Array<ArrayBuffer>;
}

/** A result of Pagefind's WebAssembly search, as its JSON gives it (pagefind_web/src/lib.rs): page id, score, word locations. */
export interface RawResult {
  p: string;
  s: number;
  l: { l: number }[];
}

/** A result as the page uses it: what Pagefind's worker script would have made of it, without its fragment reader. */
export interface ColumnResult {
  id: string;
  score: number;
  words: number[];
}

/** Raw results in columns, their scores as the WebAssembly gives them (see `weigh`). */
export function toColumns(results: RawResult[]): ResultColumns {
  let locations = 0;
  for (const r of results) locations += r.l.length;
  const scores = new Float64Array(results.length);
  const offsets = new Uint32Array(results.length + 1);
  const positions = new Uint32Array(locations);
  let ids = '';
  let at = 0;
  results.forEach((r, i) => {
    ids += `${r.p}\n`;
    scores[i] = r.s;
    for (const l of r.l) positions[at++] = l.l;
    offsets[i + 1] = at;
  });
  return { ids, scores, offsets, positions };
}

/** Multiplies the scores by Pagefind's index weight, as its script does to each result's score (1 unless merged with another index). */
export function weigh(columns: ResultColumns, weight: number): ResultColumns {
  if (weight !== 1) for (let i = 0; i < columns.scores.length; i++) columns.scores[i]! *= weight;
  return columns;
}

/** The results of some columns, in order. */
export function fromColumns(columns: ResultColumns): ColumnResult[] {
  const { ids, scores, offsets, positions } = columns;
  const results: ColumnResult[] = new Array(scores.length);
  let from = 0;
  for (let i = 0; i < scores.length; i++) {
    const to = ids.indexOf('\n', from);
    const words: number[] = new Array(offsets[i + 1]! - offsets[i]!);
    for (let k = 0; k < words.length; k++) words[k] = positions[offsets[i]! + k]!;
    results[i] = { id: ids.slice(from, to), score: scores[i]!, words };
    from = to + 1;
  }
  return results;
}

/** What a message carrying the columns hands over rather than copies. */
export const transferables = (columns: ResultColumns): ArrayBuffer[] => [columns.scores.buffer, columns.offsets.buffer, columns.positions.buffer];

/** Whether something is a set of columns as the worker sends them. */
export function isColumns(x: unknown): x is ResultColumns {
  const c = x as Partial<ResultColumns> | undefined;
  return typeof c?.ids === 'string' && c.scores instanceof Float64Array && c.offsets instanceof Uint32Array && c.positions instanceof Uint32Array;
}
