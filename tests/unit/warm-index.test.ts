/**
 * The made-up index the worker warms Pagefind up with (src/search/worker/warm-index.ts) is
 * laid out as the installed Pagefind writes its own: compared here, field by field, with an
 * index Pagefind really wrote of pages that all hold the same words.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/tiny-site';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { WARM_INDEX_VERSION, warmIndex } from '../../src/search/worker/warm-index';
import { decodeCbor } from '../support/cbor';

const PAGES = 40;
type Item = unknown[];
let site: string;
let real: { meta: Item; words: Map<string, Item> };
let warm: { meta: Item; words: Map<string, Item>; query: string };

const cbor = (file: string) => decodeCbor(zlib.gunzipSync(fs.readFileSync(file)).subarray('pagefind_dcd'.length)) as Item;
const wordsOf = (chunks: Item[]) => new Map(chunks.flatMap((chunk) => (chunk[0] as Item[]).map((w) => [w[0] as string, w] as const)));
/** The kind of each field: arrays by their items' kinds (all alike), text, whole numbers. */
const kind = (v: unknown): string => (Array.isArray(v) ? `[${[...new Set(v.map(kind))].join('|')}]` : typeof v === 'string' ? 'text' : 'number');
/** A word's pages as written: page numbers (as Pagefind writes them, steps after the first) and the count of each page's fields. */
const pagesOf = (word: Item) => (word[1] as Item[]).map((p) => [p[0], p.length]);

beforeAll(async () => {
  site = writePages('warm-index-', PAGES, (i) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${i}</title></head><body><main><h1>Page ${i}</h1><p>${'x '.repeat(i % 4)}a b c d${i}.</p></main></body></html>`);
  await indexSite(site, { log: () => {} });
  const dir = path.join(site, 'pagefind');
  const meta = cbor(path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!));
  const chunks = fs.readdirSync(path.join(dir, 'index')).map((f) => cbor(path.join(dir, 'index', f)));
  real = { meta, words: wordsOf(chunks) };
  const made = warmIndex(meta[0] as string, PAGES);
  warm = { meta: decodeCbor(made.meta) as Item, words: wordsOf([decodeCbor(made.chunk) as Item]), query: made.query };
}, 60_000);

afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

describe('the made-up index of the warm-up', () => {
  test('is written for the installed Pagefind', () => {
    expect(real.meta[0]).toBe(WARM_INDEX_VERSION);
  });

  test('has metadata laid out as Pagefind lays out its own', () => {
    expect(warm.meta).toHaveLength(real.meta.length);
    expect(kind(warm.meta[1])).toBe(kind(real.meta[1])); // pages: [id, word count, fragment group]
    expect(kind(warm.meta[2])).toBe(kind(real.meta[2])); // index chunks: [first word, last word, hash]
    expect((warm.meta[1] as Item).map((p) => (p as Item)[0])).toEqual(Array.from({ length: PAGES }, (_, i) => `w/${i}`));
    const chunks = warm.meta[2] as string[][];
    expect(chunks).toHaveLength(1);
    expect([...warm.words.keys()]).toEqual([chunks[0]![0], ...[...warm.words.keys()].slice(1, -1), chunks[0]![1]]);
  });

  test('lists the pages of a word on every page as Pagefind does', () => {
    const words = warm.query.split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(real.words.has(word), `Pagefind's index holds ${word}`).toBe(true);
      expect(warm.words.get(word)).toHaveLength(real.words.get(word)!.length);
      expect(pagesOf(warm.words.get(word)!)).toEqual(pagesOf(real.words.get(word)!));
      expect(kind(warm.words.get(word))).toBe(kind(real.words.get(word)));
    }
  });
});
