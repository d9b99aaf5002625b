/**
 * Results of Pagefind's WebAssembly search as JSON.parse gives them, put in columns the plain
 * way: what the worker's reading of the answer's text (src/search/worker/answer-scan.ts) must
 * give, and columns for the tests of the page's reading of them.
 */
import type { ResultColumns } from '../../src/search/client/result-columns';

/** A result of Pagefind's WebAssembly search, as its JSON gives it (pagefind_web/src/lib.rs): page id, score, word locations. */
export interface RawResult {
  p: string;
  s: number;
  l: { l: number }[];
}

/** Raw results in columns, their scores as the WebAssembly gives them. */
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

