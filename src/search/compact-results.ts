/**
 * Pagefind's search results as its worker sends them to the site's page, in a compact form
 * (src/search/worker/compact-replies.ts writes it, src/search/client/pagefind-worker.ts
 * reads it). Pagefind's worker sends every result as an object of its own, with an array of
 * word positions and the name of a fragment reader kept in the worker; at 100,000 pages a
 * common word finds 5,000 to 10,000 pages, and copying them to the page took 20 to 30 ms.
 * Here the ids are one string, and the scores and word positions numbers in three buffers
 * handed over without a copy. The page reads fragments itself, so the readers are not sent.
 */

/** The option of a search that asks for this form (Pagefind passes its search options on and ignores this one). */
export const COMPACT_OPTION = 'kbCompact';

/** What a search reply carries instead of `results`. */
export interface CompactResults {
  /** The results' ids, in Pagefind's order, each followed by a line break. */
  ids: string;
  scores: Float64Array<ArrayBuffer>;
  /** Where each result's word positions begin in `words` (one more than the results: the last is where they end). */
  offsets: Uint32Array<ArrayBuffer>;
  words: Uint32Array<ArrayBuffer>;
}

/** A result as Pagefind's worker sends it, as far as this form keeps it. */
export interface WorkerResult {
  id: string;
  score: number;
  words?: ArrayLike<number>;
}

export function compactResults(results: WorkerResult[]): CompactResults {
  const offsets = new Uint32Array(results.length + 1);
  let total = 0;
  results.forEach((r, i) => {
    offsets[i] = total;
    total += r.words?.length ?? 0;
  });
  offsets[results.length] = total;
  const words = new Uint32Array(total);
  const scores = new Float64Array(results.length);
  let ids = '';
  results.forEach((r, i) => {
    if (r.words) words.set(r.words, offsets[i]);
    scores[i] = r.score;
    ids += `${r.id}\n`;
  });
  return { ids, scores, offsets, words };
}

/** The buffers of a compact form, to hand over with the message rather than copy. */
export const transferables = (c: CompactResults): ArrayBuffer[] => [c.scores.buffer, c.offsets.buffer, c.words.buffer];

/** A result read from the compact form: its word positions are read from the form's buffer when asked for. */
class CompactResult implements WorkerResult {
  constructor(
    readonly id: string,
    readonly score: number,
    private readonly form: CompactResults,
    private readonly at: number,
  ) {}
  get words(): Uint32Array {
    return this.form.words.subarray(this.form.offsets[this.at], this.form.offsets[this.at + 1]);
  }
}

/** The results again, in order, each with its id, score and word positions. */
export function expandResults(c: CompactResults): WorkerResult[] {
  const ids = c.ids.split('\n');
  const results: WorkerResult[] = new Array(c.scores.length);
  for (let i = 0; i < c.scores.length; i++) results[i] = new CompactResult(ids[i]!, c.scores[i]!, c, i);
  return results;
}
