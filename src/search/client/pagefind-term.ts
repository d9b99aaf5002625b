/**
 * The term Pagefind 1.6 really searches for a query, worked out as its worker does before
 * searching: cut into words (Chinese, Japanese and Thai with Intl.Segmenter), punctuation
 * dropped, lower-cased, words joined by one space; quotes around the whole ask for an exact
 * search. Two queries with the same term get the same results, so the search is asked once
 * (轨道交通 and 轨道 交通 are one search). Where there is no Intl.Segmenter, the query as it is.
 */
import { segmenter } from './segmenter';

/** The lines of Pagefind's worker this follows (the site tests check that the installed Pagefind still has them). */
export const PAGEFIND_LINES = [
  'const wordSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"word"})',
  'if(!/^\\p{Pd}|\\p{Pe}|\\p{Pf}|\\p{Pi}|\\p{Po}|\\p{Ps}$/u.test(grapheme)){wordChunks.push(grapheme.toLocaleLowerCase());}',
  'term=term_chunks.join(" ").replace(/\\s{2,}/g," ").trim();',
  'let exact_search=/^\\s*".+"\\s*$/.test(term);',
  'return["zh","ja","th"].includes(primaryLang);',
];
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u; // Pagefind's own test, anchors as written there
const SEGMENTED = ['zh', 'ja', 'th'];

export function pagefindTerm(query: string, language: string): string {
  if (typeof Intl.Segmenter === 'undefined') return query;
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(language)[0]!;
  } catch {
    return query;
  }
  const exact = /^\s*".+"\s*$/.test(query) ? '"' : '';
  const graphemes = segmenter(locale, 'grapheme');
  const kept = (text: string) => [...graphemes.segment(text)].map((g) => g.segment).filter((g) => !PUNCTUATION.test(g)).map((g) => g.toLocaleLowerCase()).join('');
  let term: string;
  if (SEGMENTED.includes(locale.split('-')[0]!.toLowerCase())) {
    const words = segmenter(locale, 'word');
    term = [...words.segment(query)].map((w) => kept(w.segment)).filter(Boolean).join(' ');
  } else term = kept(query);
  return exact + term.replace(/\s{2,}/g, ' ').trim();
}
