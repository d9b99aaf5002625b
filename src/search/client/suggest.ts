/** When nothing is found: the glossary terms, synonym groups and categories nearest to the query, by shared characters. */
import type { Suggestion } from '../data';
import type { AnalyzedQuery } from './analyze';
import type { LoadedSearchData } from './data';

const chars = (s: string) => new Set([...s].filter((ch) => /\S/.test(ch)));

/** How much of the query's characters a word shares (0–1), favouring words of the query's own length. */
function nearness(query: Set<string>, word: string): number {
  const w = chars(word);
  let shared = 0;
  for (const ch of w) if (query.has(ch)) shared++;
  return shared === 0 ? 0 : shared / Math.max(query.size, w.size);
}

export function suggest(q: AnalyzedQuery, data: LoadedSearchData, limit = 6): Suggestion[] {
  const query = chars(q.words.join(''));
  const fromThesaurus: Suggestion[] = data.synonyms.map((group) => ({ label: group[0]!, href: `/search/?q=${encodeURIComponent(group[0]!)}`, kind: '相关词', words: group }));
  const scored = [...data.suggestions, ...fromThesaurus]
    .map((s) => ({ s, score: Math.max(...s.words.map((w) => nearness(query, w))) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const near = scored.slice(0, limit).map((x) => x.s);
  // Never an empty page: the categories are always a way on.
  const categories = data.suggestions.filter((s) => s.kind === '类别' && !near.includes(s));
  return [...near, ...categories];
}
