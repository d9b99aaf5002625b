/** The build's renumbering of Pagefind's pages into the site's reading order, on an index Pagefind really wrote. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/tiny-site';
import { readingOrder, reorderPages } from '../../scripts/support/reorder-pages.mjs';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { decodeCbor } from '../support/cbor';

const PAGES = 90;
const SIGNATURE = 'pagefind_dcd';
let site: string;
let plain: string;
const bundle = () => path.join(site, 'pagefind');
const unpack = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).subarray(SIGNATURE.length);
const files = (dir: string, folder: string) => fs.readdirSync(path.join(dir, folder)).sort();

type Meta = [string, [string, number, ...unknown[]][], [string, string, string][], [string, string][], unknown[], ...unknown[]];

/** A bundle read back in the terms of its pages' addresses: what each word and filter value holds, whatever the numbers. */
function contentsOf(dir: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const [{ hash }] = Object.values(entry.languages) as [{ hash: string }];
  const meta = decodeCbor(unpack(path.join(dir, `pagefind.${hash}.pf_meta`))) as Meta;
  const urls = meta[1].map(([page]) => (JSON.parse(unpack(path.join(dir, 'fragment', `${page}.pf_fragment`)).toString()) as { url: string }).url);
  const words: Record<string, string[]> = {};
  for (const [, , chunk] of meta[2]) {
    const [list] = decodeCbor(unpack(path.join(dir, 'index', `${chunk}.pf_index`))) as [[string, [number, number[], ...unknown[]][], ...unknown[]][]];
    for (const [word, pages, ...more] of list) {
      // each page written as the step from the one before, in ascending order
      const steps = pages.map(([step]) => step);
      expect(steps.slice(1).every((step) => step > 0), word).toBe(true);
      let p = 0;
      words[word] = pages.map(([step, places, ...rest]) => JSON.stringify([urls[(p += step)], places, rest, more])).sort();
    }
  }
  const filters: Record<string, string[]> = {};
  for (const [, chunk] of meta[3]) {
    const [name, values] = decodeCbor(unpack(path.join(dir, 'filter', `${chunk}.pf_filter`))) as [string, [string, number[]][]];
    for (const [value, pages] of values) filters[`${name}:${value}`] = pages.map((p) => urls[p]!).sort();
  }
  const pages = meta[1].map(([page, ...rest], i) => [urls[i], fs.readFileSync(path.join(dir, 'fragment', `${page}.pf_fragment`)).toString('base64'), rest]);
  return { hash, meta, urls, words, filters, pages };
}

/** Page i's place in the test's order: every third page unranked, the others backwards. */
const rankOf = (url: string) => {
  const i = Number(/\/p(\d+)\//.exec(url)?.[1]);
  return i % 3 === 0 ? undefined : PAGES - i;
};

beforeAll(async () => {
  site = writePages('reorder-', PAGES, (i) => {
    const city = ['长沙', '株洲', '湘潭'][i % 3];
    const text = '长株潭一体化'.repeat(1 + (i % 5));
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}项</title></head><body><main data-pagefind-filter="城市:${city}"><h1>第${i}项</h1><p>${text}第${i}项工作，编号${i}号。</p></main></body></html>`;
  });
  await indexSite(site, { log: () => {} });
  plain = fs.mkdtempSync(path.join(site, '..', 'reorder-plain-'));
  fs.cpSync(bundle(), plain, { recursive: true });
}, 60_000);

afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(plain, { recursive: true, force: true });
});

describe('pages renumbered in reading order', () => {
  test('puts ranked pages first by rank, then the others by address', () => {
    expect(readingOrder(['/c/', '/a/', '/x/', '/b/'], (u) => ({ '/x/': 2, '/b/': 1 })[u])).toEqual([3, 2, 1, 0]);
  });

  test('lists the pages in that order, every word and filter value still holding the same pages', () => {
    const before = contentsOf(plain);
    const { pages, moved } = reorderPages(bundle(), rankOf);
    const after = contentsOf(bundle());
    expect(pages).toBe(before.urls.length);
    expect(moved).toBeGreaterThan(0);
    expect(after.urls).toEqual(readingOrder(before.urls, rankOf).map((i) => before.urls[i]));
    expect(after.urls.slice(0, 3)).toEqual(['/p89/', '/p88/', '/p86/']);
    expect(after.words).toEqual(before.words);
    expect(Object.keys(after.words).length).toBeGreaterThan(10);
    expect(after.filters).toEqual(before.filters);
    expect(after.pages.sort()).toEqual(before.pages.sort());
    // the same version, chunk ranges and anything after the sorts
    expect([after.meta[0], after.meta[2].map(([from, to]) => [from, to]), after.meta.slice(5)]).toEqual([before.meta[0], before.meta[2].map(([from, to]) => [from, to]), before.meta.slice(5)]);
  });

  test('keeps each filter value’s pages in the new order, and names every rewritten file by its contents', () => {
    const { hash, meta } = contentsOf(bundle());
    const named = (file: string, chunk: string) => {
      const contents = unpack(path.join(bundle(), file));
      expect(chunk).toBe(`zh-cn_${crypto.createHash('sha256').update(contents).digest('hex').slice(0, chunk.length - 'zh-cn_'.length)}`);
      return contents;
    };
    for (const [, , chunk] of meta[2]) named(`index/${chunk}.pf_index`, chunk);
    for (const [, chunk] of meta[3]) {
      const [, values] = decodeCbor(named(`filter/${chunk}.pf_filter`, chunk)) as [string, [string, number[]][]];
      for (const [, pages] of values) expect(pages).toEqual([...pages].sort((a, b) => a - b));
    }
    expect(files(bundle(), 'index')).toEqual(meta[2].map(([, , c]) => `${c}.pf_index`).sort());
    expect(files(bundle(), 'filter')).toEqual(meta[3].map(([, c]) => `${c}.pf_filter`).sort());
    named(`pagefind.${hash}.pf_meta`, hash);
    expect(fs.readdirSync(bundle()).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${hash}.pf_meta`]);
    expect(hash).not.toBe(contentsOf(plain).hash);
  });

  test('changes nothing when run again in the same order', () => {
    const snapshot = () => fs.readdirSync(bundle(), { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, fs.statSync(path.join(bundle(), f)).isFile() ? fs.readFileSync(path.join(bundle(), f)).toString('base64') : '']);
    const once = snapshot();
    expect(reorderPages(bundle(), rankOf).moved).toBe(0);
    expect(snapshot()).toEqual(once);
  });
});
