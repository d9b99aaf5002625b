/**
 * What both search doors (the header dialog and /search/) load besides the Pagefind index,
 * made at build time from the knowledge base (/search-data.json): the site's characters
 * (a query outside them may be in traditional characters), the thesaurus, and what to
 * suggest when nothing is found.
 */
import type { Kb } from '../kb/model';
import { newestPerTitle } from '../kb/place';
import { CJK } from '../kb/text/cjk';
import { urls } from '../kb/urls';

export interface Suggestion {
  label: string;
  href: string;
  /** 术语, 类别 or 栏目. */
  kind: string;
  /** The words it is found by (its name, aliases, a synonym group's other words). */
  words: string[];
}

export interface SearchData {
  chars: string;
  synonyms: string[][];
  suggestions: Suggestion[];
}

/** Every character the site's searchable text uses. */
export function siteCharacters(kb: Kb): string {
  const texts = [
    ...kb.entries.flatMap((e) => [e.text, e.title, ...e.aliases]),
    ...kb.passages.map((p) => p.text),
    ...kb.plans.map((p) => p.title),
    ...kb.terms.flatMap((t) => [t.term, t.definition, ...t.aliases]),
    ...kb.sections.map((s) => s.title + s.summary),
    ...kb.categories.map((c) => c.title + c.summary),
  ];
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (CJK.test(ch)) chars.add(ch);
  return [...chars].sort().join('');
}

export function searchData(kb: Kb): SearchData {
  // one suggestion per title: one per report made the file grow with the collection (1.4 MB at 1,000 reports)
  return {
    chars: siteCharacters(kb),
    synonyms: kb.thesaurus.map((g) => g.words),
    suggestions: [
      ...kb.terms.map((t) => ({ label: t.term, href: urls.term(t.id), kind: '术语', words: [t.term, ...t.aliases] })),
      ...newestPerTitle(kb, kb.categories).map((c) => ({ label: c.title, href: urls.category(c.id), kind: '类别', words: [c.title] })),
      ...newestPerTitle(kb, kb.sections).map((s) => ({ label: s.title, href: urls.section(s.id), kind: '栏目', words: [s.title] })),
    ],
  };
}
