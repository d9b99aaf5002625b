/**
 * What both search doors (the header dialog and /search/) load besides the Pagefind index,
 * made at build time from the knowledge base (/search-data.json): the site's characters
 * (a query outside them may be in traditional characters), the thesaurus, and what to
 * suggest when nothing is found.
 */
import type { Kb } from '../kb/model';
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

/**
 * One item per title, the newest report's, in the order of the items: reports share their
 * keywords and 抓… headings, and one suggestion per report would make the file grow with
 * the collection (1.4 MB at 1,000 reports).
 */
function newestPerTitle<T extends { title: string }>(items: T[], year: (item: T) => number): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const kept = newest.get(item.title);
    if (!kept || year(item) > year(kept)) newest.set(item.title, item);
  }
  return items.filter((item) => newest.get(item.title) === item);
}

export function searchData(kb: Kb): SearchData {
  const sectionYear = (s: { source: string }) => kb.source(s.source).year;
  return {
    chars: siteCharacters(kb),
    synonyms: kb.thesaurus.map((g) => g.words),
    suggestions: [
      ...kb.terms.map((t) => ({ label: t.term, href: urls.term(t.id), kind: '术语', words: [t.term, ...t.aliases] })),
      ...newestPerTitle(kb.categories, (c) => sectionYear(kb.section(c.section))).map((c) => ({ label: c.title, href: urls.category(c.id), kind: '类别', words: [c.title] })),
      ...newestPerTitle(kb.sections, sectionYear).map((s) => ({ label: s.title, href: urls.section(s.id), kind: '栏目', words: [s.title] })),
    ],
  };
}
