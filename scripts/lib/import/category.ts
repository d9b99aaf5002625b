/**
 * Which ★抓 heading an item of a new report belongs under. Where the layout kept each
 * heading before its items, the heading printed before it; where it displaced them (a
 * heading right after another, items before the first), the heading whose existing
 * entries (of earlier reports, under a heading of the same title) and whose own words are
 * most like the item.
 */
import type { ReportBlock, ReportItem } from '../../../src/kb/text/report';
import type { Guess } from './guess';
import { bigramVector as bigrams, cosine } from '../../../src/kb/text/similarity';

/** An entry already in the knowledge base, with the title of its category. */
export interface Example {
  id: string;
  text: string;
  heading: string;
}

/**
 * How many nearest examples vote, and how much a heading's own words count beside them.
 * Chosen on the 2023 report (README: importer measurement): 2–4 neighbours with a weight
 * of 3–4 all place 52 of its 54 items; fewer neighbours or a smaller weight fall to about 80%.
 */
const NEIGHBOURS = 3;
const HEADING_WEIGHT = 3;

export interface HeadingLayout {
  /** The heading printed before each item (by order), if any. */
  printedBefore: Map<number, string>;
  /** Whether the layout displaced the headings (then the printed one is not to be trusted). */
  displaced: boolean;
}

/** Where a section's headings stand among its items. */
export function headingLayout(blocks: ReportBlock[], section: string, items: ReportItem[]): HeadingLayout {
  const printedBefore = new Map<number, string>();
  let inSection = false;
  let heading: string | undefined;
  let previous: ReportBlock['kind'] | undefined;
  let displaced = false;
  for (const b of blocks) {
    if (b.kind === 'section') inSection = b.title === section;
    if (!inSection) continue;
    if (b.kind === 'heading') {
      if (previous === 'heading') displaced = true;
      heading = b.title;
    }
    if (b.kind === 'item') {
      if (heading === undefined && items.some((i) => i.order === b.order && i.marker === '●')) displaced = true;
      if (heading !== undefined) printedBefore.set(b.order, heading);
    }
    previous = b.kind;
  }
  // a heading printed after the last item has no items of its own
  if (previous === 'heading') displaced = true;
  return { printedBefore, displaced };
}

/** How much each heading suits an item: its nearest existing entries' votes and its own words. */
function scores(item: ReportItem, headings: string[], examples: Example[]): { score: number[]; nearest: Map<string, string> } {
  const grams = bigrams(item.text);
  const scored = examples
    .filter((e) => headings.includes(e.heading))
    .map((e) => ({ e, sim: cosine(grams, bigrams(e.text)) }))
    .sort((a, b) => b.sim - a.sim)
    .slice(0, NEIGHBOURS);
  const score = headings.map((h) => HEADING_WEIGHT * cosine(grams, bigrams(h.replace(/^抓/, ''))));
  const nearest = new Map<string, string>();
  for (const { e, sim } of scored) {
    score[headings.indexOf(e.heading)]! += sim;
    if (sim > 0 && !nearest.has(e.heading)) nearest.set(e.heading, e.id);
  }
  return { score, nearest };
}

/** Up to how many headings the runs are searched exhaustively (2^m states). */
const MAX_RUN_HEADINGS = 12;

/**
 * The items cut into one run per heading (each heading used once, in any order: this
 * report prints two headings in the other order than their items) that best fits the
 * scores; the heading index of each item.
 */
function bestRuns(score: number[][], m: number): number[] {
  const n = score.length;
  const states = 1 << m;
  // best[i][mask*m+h]: best total of items 0..i, item i under h, headings used so far in mask
  const best = Array.from({ length: n }, () => new Float64Array(states * m).fill(-Infinity));
  const from = Array.from({ length: n }, () => new Int32Array(states * m).fill(-1));
  for (let h = 0; h < m; h++) best[0]![(1 << h) * m + h] = score[0]![h]!;
  for (let i = 1; i < n; i++) {
    for (let mask = 1; mask < states; mask++) {
      for (let h = 0; h < m; h++) {
        const here = best[i - 1]![mask * m + h]!;
        if (here === -Infinity) continue;
        // stay under h
        const stay = mask * m + h;
        if (here + score[i]![h]! > best[i]![stay]!) {
          best[i]![stay] = here + score[i]![h]!;
          from[i]![stay] = mask * m + h;
        }
        // start the run of a heading not used yet
        for (let g = 0; g < m; g++) {
          if (mask & (1 << g)) continue;
          const next = (mask | (1 << g)) * m + g;
          const total = here + score[i]![g]!;
          if (total > best[i]![next]!) {
            best[i]![next] = total;
            from[i]![next] = mask * m + h;
          }
        }
      }
    }
  }
  const full = states - 1;
  let state = full * m;
  for (let h = 1; h < m; h++) if (best[n - 1]![full * m + h]! > best[n - 1]![state]!) state = full * m + h;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = state % m;
    state = from[i]![state]!;
  }
  return out;
}

/**
 * The heading of each item (by order). A report lists a heading's items together, so
 * where the layout displaced the headings the items are cut into one run per heading,
 * at the cuts and in the order that best fit what each item says.
 */
export function suggestHeadings(items: ReportItem[], headings: string[], layout: HeadingLayout, examplesFor: (item: ReportItem) => Example[]): Map<number, Guess<string>> {
  const out = new Map<number, Guess<string>>();
  if (!layout.displaced && items.every((i) => layout.printedBefore.has(i.order))) {
    for (const i of items) out.set(i.order, { value: layout.printedBefore.get(i.order)!, why: `报告中印在它前面的标题是“${layout.printedBefore.get(i.order)}”` });
    return out;
  }
  const fit = items.map((i) => scores(i, headings, examplesFor(i)));
  const n = items.length;
  const m = headings.length;
  const assigned = n >= m && m <= MAX_RUN_HEADINGS ? bestRuns(fit.map((f) => f.score), m) : fit.map((f) => f.score.indexOf(Math.max(...f.score)));
  items.forEach((item, i) => {
    const heading = headings[assigned[i]!]!;
    const nearest = fit[i]!.nearest.get(heading);
    out.set(item.order, { value: heading, why: `报告的“抓”字标题错位；按标题顺序和内容相似度推测${nearest ? `（最相似的已有条目：${nearest}）` : ''}` });
  });
  return out;
}
