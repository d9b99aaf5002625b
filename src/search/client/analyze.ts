/**
 * A reader's query in the site's terms: normalised, cut into its meaningful words (known
 * words kept whole, question and filler words left out), each word with the other words
 * of its synonym group. Runs in the browser, the same for both search doors.
 */
import { CJK } from '../../kb/text/cjk';
import { normalizeQuery } from './query';
import { segmenter } from './segmenter';

/** Words that carry no content in a question (哪些、怎么、吗) or are added to a name (进展、情况). */
export const STOPWORDS = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '和', '与', '及', '在', '是', '有', '我', '我们', '你', '请问', '一下', '关于',
  '哪些', '哪个', '哪里', '哪儿', '什么', '怎么', '怎样', '如何', '多少', '几个', '是否', '有没有', '有哪些', '是什么', '能不能', '可以',
  '之间', '情况', '进展', '进度', '相关', '方面', '政策', '措施', '工作', '内容', '信息', '问题', '现在', '最新', '目前',
]);

export interface Lexicon {
  /** Each word's synonyms (its group's other words) that the site's text uses. */
  synonymsOf: Map<string, string[]>;
  /** Words kept whole in a query, longest first (synonyms, glossary terms, category names). */
  known: string[];
  /** Thesaurus words the site's text never uses (none, when that is not known). */
  unused: Set<string>;
}

/**
 * `used`: the thesaurus words the site's text uses (all, when not given); a reader's word
 * is widened only to those, as no page could count for the others.
 */
export function buildLexicon(synonyms: string[][], names: string[] = [], used?: Iterable<string>): Lexicon {
  const usedSet = used === undefined ? undefined : new Set(used);
  const synonymsOf = new Map<string, string[]>();
  for (const group of synonyms) for (const w of group) synonymsOf.set(w, group.filter((s) => s !== w && (usedSet?.has(s) ?? true)));
  const known = [...new Set([...synonymsOf.keys(), ...names])].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  const unused = new Set(usedSet ? synonyms.flat().filter((w) => !usedSet.has(w)) : []);
  return { synonymsOf, known, unused };
}

export interface AnalyzedQuery {
  /** The query as normalised. */
  query: string;
  /** Its meaningful words, in order. */
  words: string[];
  /** For each word: the word, then the other words of its synonym group. */
  alternatives: string[][];
  /** The synonyms searched besides the reader's words, for “也搜索了”. */
  alsoSearched: string[];
  /** The query's words that the site's text never uses (看病): no page holds them, so they are not searched, only their synonyms. */
  absent: string[];
}

/**
 * The word segmenter of the analysis, made on first use (or ahead of it: warm.ts), not when
 * this module loads: the header search imports it on every page, and a page's first one costs
 * 25–50 ms of its main thread (segmenter.ts).
 */
export const wordSegmenter = (): Intl.Segmenter | undefined => (typeof Intl !== 'undefined' && 'Segmenter' in Intl ? segmenter('zh', 'word') : undefined);

/**
 * Cuts a run of text without known words into words, as the segmenter does, except that a
 * lone character joins the word beside it (实验|室 → 实验室) and runs of single characters
 * join each other (营|商 → 营商): a single character alone is not searched (it would match
 * everywhere), and neither are filler words.
 */
function segment(run: string): string[] {
  const cutter = wordSegmenter();
  const pieces = cutter ? [...cutter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment) : [run];
  const words: string[] = [];
  let singles = '';
  let joinable = false; // may a lone character join the last word?
  for (const p of pieces) {
    if (STOPWORDS.has(p)) {
      if (singles.length > 1) words.push(singles);
      singles = '';
      joinable = false;
    } else if ([...p].length === 1 && CJK.test(p)) {
      if (joinable && !singles) words[words.length - 1] += p;
      else singles += p;
    } else {
      if (singles.length > 1) words.push(singles, p);
      else words.push(singles + p);
      singles = '';
      joinable = true;
    }
  }
  if (singles.length > 1) words.push(singles);
  return words;
}

/** The words of one space-free chunk: known words whole, the rest segmented. */
function chunkWords(chunk: string, lexicon: Lexicon): string[] {
  if (!CJK.test(chunk) || /\d/.test(chunk)) return [chunk];
  const words: string[] = [];
  let rest = '';
  for (let i = 0; i < chunk.length; ) {
    const known = lexicon.known.find((w) => chunk.startsWith(w, i));
    if (known) {
      if (rest) words.push(...segment(rest));
      rest = '';
      words.push(known);
      i += known.length;
    } else rest += chunk[i++];
  }
  if (rest) words.push(...segment(rest));
  return words;
}

export function analyze(raw: string, lexicon: Lexicon): AnalyzedQuery {
  const query = normalizeQuery(raw);
  const chunks = query.split(' ').filter(Boolean);
  let words = [...new Set(chunks.flatMap((c) => chunkWords(c, lexicon)))].filter((w) => !STOPWORDS.has(w));
  // A query of nothing but filler words is searched as it is.
  if (words.length === 0) words = chunks;
  const alternatives = words.map((w) => [w, ...(lexicon.synonymsOf.get(w) ?? [])]);
  return {
    query,
    words,
    alternatives,
    alsoSearched: [...new Set(alternatives.flatMap((a) => a.slice(1)))],
    absent: words.filter((w) => lexicon.unused.has(w)),
  };
}
