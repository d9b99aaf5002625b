/**
 * The search engine against a fake Pagefind that records what it is asked and which
 * fragments are read: the first results are shown after one round of fragments, the rest
 * of the page was fetched meanwhile, and words the site never uses are not searched.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { LoadedSearchData } from '../../src/search/client/data';
import type { Pagefind, PagefindResult } from '../../src/search/client/pagefind';
import { buildLexicon } from '../../src/search/client/analyze';

type Engine = typeof import('../../src/search/client/engine');
let engine: Engine;

beforeEach(async () => {
  // The engine keeps Pagefind's searches and fragments for the session: a fresh module each test.
  vi.resetModules();
  vi.stubGlobal('document', { documentElement: { lang: 'zh-cn' } });
  engine = await import('../../src/search/client/engine');
});

interface FakePage {
  id: string;
  text: string;
}

/**
 * A Pagefind over `pages` that answers a term with the pages holding each of its words, plus
 * `noise` (pages it matched through single characters: first, or after the others with
 * `noiseLast`), best first. With `positions`, each result says where its words are, as
 * Pagefind does: a noise page with the term's pieces apart, the others with them together.
 */
function fakePagefind(pages: FakePage[], noise: Record<string, string[]> = {}, options: { noiseLast?: boolean; positions?: boolean } = {}) {
  const asked: string[] = [];
  const read: string[] = [];
  const result = (p: FakePage, score: number, junk: boolean): PagefindResult => ({
    id: p.id,
    score,
    ...(options.positions ? { words: junk ? [3, 9] : [3, 4] } : {}),
    data: async () => {
      read.push(p.id);
      return { url: `/entries/${p.id}/`, content: p.text, meta: { title: p.id, type: '条目' }, filters: {} };
    },
  });
  const pagefind: Pagefind = {
    search: async (term) => {
      asked.push(term);
      const words = term.split(' ').filter(Boolean);
      const junk = words.flatMap((w) => noise[w] ?? []);
      const noisy = pages.filter((p) => junk.includes(p.id));
      const holding = pages.filter((p) => !junk.includes(p.id) && words.every((w) => p.text.includes(w)));
      const found = options.noiseLast ? [...holding, ...noisy] : [...noisy, ...holding];
      return { results: found.map((p, i) => result(p, 100 - i, junk.includes(p.id))) };
    },
  };
  return { pagefind, asked, read };
}

function searchDataFor(pages: FakePage[], synonyms: string[][] = [], used?: string[]): LoadedSearchData {
  const text = pages.map((p) => p.text).join('');
  return {
    synonyms,
    suggestions: [],
    siteChars: new Set([...text, ...synonyms.flat().join('')]),
    traditionalChars: new Set(),
    lexicon: buildLexicon(synonyms, [], used),
  } as unknown as LoadedSearchData;
}

const pagesWith = (word: string, n: number, from = 0): FakePage[] => Array.from({ length: n }, (_, i) => ({ id: `p${from + i}`, text: `第${from + i}项：${word}建设。` }));

describe('the search engine', () => {
  test('shows the first results after one round of their fragments only, the rest of the page following', async () => {
    const pages = pagesWith('园区', 30);
    const { pagefind, read } = fakePagefind(pages);
    const outcome = await engine.runSearch(pagefind, { q: '园区', filters: {} }, searchDataFor(pages));
    expect(outcome.hits).toHaveLength(engine.FIRST);
    // only the fragments of the results shown first were fetched: more would compete with them
    expect(new Set(read).size).toBe(engine.FIRST);
    const rest = await engine.fillPage(outcome);
    expect(rest).toHaveLength(engine.PAGE - engine.FIRST);
    const shown = [...outcome.hits, ...rest].map((h) => h.url);
    expect(new Set(shown).size).toBe(engine.PAGE);
    expect(new Set(read).size).toBe(engine.PAGE);
    expect(outcome.rest).toHaveLength(30 - engine.PAGE);
  });

  test('where some of the first hold no word of the query, reads the ones already fetched, not a second round of many', async () => {
    const junk = [{ id: 'j1', text: '园林与社区' }, { id: 'j2', text: '公园和小区' }];
    const pages = [...junk, ...pagesWith('园区', 40)];
    const { pagefind, read } = fakePagefind(pages, { 园区: ['j1', 'j2'] });
    const outcome = await engine.runSearch(pagefind, { q: '园区', filters: {} }, searchDataFor(pages));
    expect(outcome.hits.map((h) => h.url)).not.toContain('/entries/j1/');
    expect(outcome.hits.length).toBeGreaterThanOrEqual(engine.FIRST);
    expect(new Set(read).size).toBe(engine.PAGE);
    expect(outcome.total).toBe(40);
  });

  test("never asks Pagefind for a word the site's text does not use, only for its synonyms", async () => {
    const pages = pagesWith('就医', 12);
    const { pagefind, asked } = fakePagefind(pages, { 看病: ['p0'] });
    const data = searchDataFor(pages, [['就医', '看病']], ['就医']);
    const outcome = await engine.runSearch(pagefind, { q: '看病', filters: {} }, data);
    expect(asked).not.toContain('看病');
    expect(asked).toContain('就医');
    expect(outcome.alsoSearched).toEqual(['就医']);
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) expect(hit.data.content).toContain('就医');
  });

  test('asks for the whole query first, and widens to synonyms only when too little holds it', async () => {
    const pages = [...pagesWith('养老', 3), ...pagesWith('老年人', 3, 3)];
    const { pagefind, asked } = fakePagefind(pages);
    const outcome = await engine.runSearch(pagefind, { q: '养老', filters: {} }, searchDataFor(pages, [['养老', '老年人']]));
    expect(asked[0]).toBe('养老');
    expect(asked).toContain('老年人');
    expect(outcome.total).toBe(6);
    // the reader's own word ranks above its synonym
    expect(outcome.hits[0]!.data.content).toContain('养老');
  });

  test('shows a query with synonyms after one round when its best pages hold it, and searches the synonyms only to fill the page', async () => {
    const noise = ['j0', 'j1', 'j2', 'j3', 'j4'];
    const pages = [...pagesWith('养老', 7), ...pagesWith('老年人', 6, 7), ...noise.map((id) => ({ id, text: '养育与老城' }))];
    const { pagefind, asked, read } = fakePagefind(pages, { 养老: noise }, { noiseLast: true });
    const outcome = await engine.runSearch(pagefind, { q: '养老', filters: {} }, searchDataFor(pages, [['养老', '老年人']]));
    expect(outcome.hits).toHaveLength(engine.FIRST);
    expect(new Set(read).size).toBe(engine.FIRST);
    expect(asked).not.toContain('老年人');
    expect(outcome.alsoSearched).toEqual([]);
    // the rest of the page: two more hold 养老, three of Pagefind's pages do not; the synonym fills it
    const rest = await engine.fillPage(outcome);
    expect(asked).toContain('老年人');
    expect(outcome.alsoSearched).toEqual(['老年人']);
    const shown = [...outcome.hits, ...rest];
    expect(shown).toHaveLength(engine.PAGE);
    expect(shown.slice(0, 7).every((h) => h.data.content.includes('养老'))).toBe(true);
    expect(shown.slice(7).every((h) => h.data.content.includes('老年人'))).toBe(true);
    // all the pages that hold either, none that holds neither
    expect(outcome.total).toBe(13);
    expect(new Set([...shown.map((h) => h.id), ...outcome.rest.map((r) => r.id)]).size).toBe(13);
  });

  test("reads first the pages where Pagefind found a word's pieces together", async () => {
    const noise = ['j0', 'j1', 'j2'];
    const pages = [...noise.map((id) => ({ id, text: '就业与医院' })), ...pagesWith('就医', 12)];
    const { pagefind, read } = fakePagefind(pages, { 就医: noise }, { positions: true });
    const outcome = await engine.runSearch(pagefind, { q: '就医', filters: {} }, searchDataFor(pages));
    expect(outcome.hits).toHaveLength(engine.FIRST);
    // Pagefind ranked the three apart first; none of them is read before the first results
    expect(read.filter((id) => noise.includes(id))).toEqual([]);
    expect(new Set(read).size).toBe(engine.FIRST);
  });
});
