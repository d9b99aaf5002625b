import type { TermData } from '../schemas/term';

/** One use of a glossary term in a text. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

/**
 * Finds the uses of glossary terms in a text. Longer names win where names overlap,
 * so 四区一地一圈一强 is not also counted as 一圈一强.
 */
export function findTerms(text: string, terms: TermData[]): TermMatch[] {
  const names = terms
    .flatMap((t) => [t.term, ...t.aliases].map((name) => ({ name, termId: t.id })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const found: TermMatch[] = [];
  for (const { name, termId } of names) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      const end = start + name.length;
      from = start + 1;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      found.push({ termId, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The ids of the terms used in a text, in order of first use. */
export function termIdsIn(text: string, terms: TermData[]): string[] {
  return [...new Set(findTerms(text, terms).map((m) => m.termId))];
}

/** A run of a text: plain, or the first use of a glossary term. */
export interface TermRun {
  text: string;
  termId?: string;
}

/**
 * A text cut into runs, the first use of each term (not yet in `done`) its own run;
 * `done` collects the terms used, so that a term is linked once across paragraphs.
 */
export function firstUseRuns(text: string, terms: TermData[], done: Set<string>): TermRun[] {
  const runs: TermRun[] = [];
  let at = 0;
  for (const m of findTerms(text, terms)) {
    if (done.has(m.termId)) continue;
    done.add(m.termId);
    if (m.start > at) runs.push({ text: text.slice(at, m.start) });
    runs.push({ text: text.slice(m.start, m.end), termId: m.termId });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
