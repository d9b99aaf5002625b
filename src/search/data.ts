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
import { CITIES, KINDS, STATUSES } from '../kb/schemas/vocab';
import * as OpenCC from 'opencc-js/t2cn';

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
  /**
   * The thesaurus words the site's text uses. The others (a reader's everyday words: 看医生,
   * 脏水) are known to the query's analysis but not searched: no page could count for them,
   * and each would cost a Pagefind search that only finds their single characters.
   */
  used: string[];
  /**
   * The traditional characters whose simplified forms the search knows (the site's text,
   * the thesaurus, the suggestions): a query holding one is converted; others never load
   * the converter. A traditional character whose simplified form none of them uses could
   * not help a search find anything.
   */
  traditional: string;
  suggestions: Suggestion[];
}

/** The text the search finds pages by: what the indexed pages (entries, plans, terms) say, and the titles and summaries around them. */
function searchableTexts(kb: Kb): string[] {
  return [
    ...kb.entries.flatMap((e) => [e.text, e.title, ...e.aliases, ...e.orgs, ...e.places]),
    ...kb.passages.map((p) => p.text),
    ...kb.plans.flatMap((p) => [p.title, ...p.variants]),
    ...kb.terms.flatMap((t) => [t.term, t.definition, ...t.aliases]),
    ...kb.sections.map((s) => s.title + s.summary),
    ...kb.categories.map((c) => c.title + c.summary),
    ...[KINDS, STATUSES, CITIES].flatMap((v) => Object.values(v)),
  ];
}

/** Every character the texts use. */
function charactersOf(texts: string[]): string {
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (CJK.test(ch)) chars.add(ch);
  return [...chars].sort().join('');
}

/** The thesaurus words found in the texts. */
function synonymsUsedIn(kb: Kb, texts: string[]): string[] {
  const text = texts.join('\n');
  return kb.thesaurus.flatMap((g) => g.words).filter((w) => text.includes(w));
}

/** CJK code points a query may hold: the unified ideographs, extension A, the compatibility ideographs. */
const CJK_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** The traditional characters (those the converter changes) whose simplified forms are all among `known`. */
export function traditionalChars(known: Set<string>): string {
  // the same conversion as the search doors' (src/search/client/traditional.ts)
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  let out = '';
  for (const [from, to] of CJK_RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCodePoint(c);
      const simplified = toSimplified(ch);
      if (simplified !== ch && [...simplified].every((s) => known.has(s))) out += ch;
    }
  }
  return out;
}

export function searchData(kb: Kb): SearchData {
  const texts = searchableTexts(kb);
  const chars = charactersOf(texts);
  const synonyms = kb.thesaurus.map((g) => g.words);
  // one suggestion per title: one per report made the file grow with the collection (1.4 MB at 1,000 reports)
  const suggestions: Suggestion[] = [
    ...kb.terms.map((t) => ({ label: t.term, href: urls.term(t.id), kind: '术语', words: [t.term, ...t.aliases] })),
    ...newestPerTitle(kb, kb.categories).map((c) => ({ label: c.title, href: urls.category(c.id), kind: '类别', words: [c.title] })),
    ...newestPerTitle(kb, kb.sections).map((s) => ({ label: s.title, href: urls.section(s.id), kind: '栏目', words: [s.title] })),
  ];
  const known = new Set([...chars, ...synonyms.flat().join(''), ...suggestions.flatMap((s) => s.words).join('')]);
  return { chars, synonyms, used: synonymsUsedIn(kb, texts), traditional: traditionalChars(known), suggestions };
}
