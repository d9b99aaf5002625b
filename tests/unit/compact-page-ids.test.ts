/** The build's shorter Pagefind page ids: the same bundle, every page renamed and nothing else changed, on an index Pagefind really wrote. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/tiny-site';
import { compactPageIds, withPageIds } from '../../scripts/support/compact-page-ids.mjs';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { compactMeta } from '../../scripts/support/compact-meta.mjs';
import { compactIndexMeta, compactMetaFile, decodeCompactMeta, expandMeta, pageIds, type PageIds } from '../../src/search/client/compact-meta';
import { decodeMeta } from '../../src/search/client/pagefind-cbor';
import { encodeCbor } from '../support/cbor';

const PAGES = 120;
let site: string;
let plain: string;
const bundle = () => path.join(site, 'pagefind');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
const metaFile = (dir: string) => files(dir).find((f) => f.endsWith('.pf_meta'))!;
const idsOf = (pages: PageIds) => Array.from({ length: pages.count }, (_, p) => pages.idOf(p));
const cbor = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).subarray('pagefind_dcd'.length);

beforeAll(async () => {
  site = writePages('compact-ids-', PAGES, (i) => {
    const city = ['长沙', '株洲', '湘潭'][i % 3];
    const text = '长株潭一体化'.repeat(1 + (i % 7));
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}项</title></head><body><main data-pagefind-filter="城市:${city}"><h1>第${i}项</h1><p>${text}第${i}项工作。</p></main></body></html>`;
  });
  await indexSite(site, { log: () => {} });
  plain = fs.mkdtempSync(path.join(site, '..', 'compact-ids-plain-'));
  fs.cpSync(bundle(), plain, { recursive: true });
}, 60_000);

afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(plain, { recursive: true, force: true });
});

describe('shorter Pagefind page ids', () => {
  test('name each page by its number under the metadata’s hash, move its fragment there unchanged, and shrink the metadata', () => {
    const before = decodeMeta(cbor(path.join(plain, metaFile(plain))));
    const result = compactPageIds(bundle());
    const meta = metaFile(bundle());
    expect(meta).toBe(metaFile(plain));
    const hash = meta.slice('pagefind.'.length, -'.pf_meta'.length);
    const after = decodeMeta(cbor(path.join(bundle(), meta)));
    expect(after.pages).toEqual(before.pages.map((_, i) => `${hash}/${i.toString(36)}`));
    expect(after.filterChunks).toEqual(before.filterChunks);
    expect(result).toMatchObject({ pages: before.pages.length });
    expect(result.pages).toBeGreaterThanOrEqual(PAGES);
    expect(result.metaAfter).toBeLessThan(result.metaBefore);
    expect(fs.readdirSync(path.join(bundle(), 'fragment'))).toEqual([hash]);
    before.pages.forEach((old, i) => {
      expect(fs.readFileSync(path.join(bundle(), 'fragment', `${after.pages[i]}.pf_fragment`))).toEqual(fs.readFileSync(path.join(plain, 'fragment', `${old}.pf_fragment`)));
    });
    // Every other file as Pagefind wrote it; the metadata's CBOR with the old ids put back is Pagefind's own.
    const others = (dir: string) => files(dir).filter((f) => !f.startsWith('fragment') && !f.endsWith('.pf_meta') && !f.endsWith('.kb_meta'));
    expect(others(bundle())).toEqual(others(plain));
    for (const f of others(plain)) expect(fs.readFileSync(path.join(bundle(), f)), f).toEqual(fs.readFileSync(path.join(plain, f)));
    expect(withPageIds(cbor(path.join(bundle(), meta)), (i) => before.pages[i]!).bytes).toEqual(cbor(path.join(plain, meta)));
  });

  test('leave a bundle alone when run again', () => {
    const snapshot = () => files(bundle()).map((f) => [f, fs.readFileSync(path.join(bundle(), f)).toString('base64')]);
    const once = snapshot();
    compactPageIds(bundle());
    expect(snapshot()).toEqual(once);
  });

  test('refuse a page in a fragment group, naming it (its fragment is read from the group by its hash)', () => {
    const meta = Buffer.from(encodeCbor(['1.6.0', [['zh-cn_0000001', 12, ''], ['zh-cn_0000002', 30, 'zh-cn_group01']], [], [], [], []]));
    expect(() => withPageIds(meta, String)).toThrow(/zh-cn_0000002 is in a fragment group/);
    const twoFields = Buffer.from(encodeCbor(['1.4.0', [['en_0000001', 12], ['en_0000002', 30]], [], [], []]));
    expect(withPageIds(twoFields, (i) => `x/${i}`)).toEqual({
      bytes: Buffer.from(encodeCbor(['1.4.0', [['x/0', 12], ['x/1', 30]], [], [], []])),
      renamed: [['en_0000001', 'x/0'], ['en_0000002', 'x/1']],
    });
  });
});

describe('the compact metadata', () => {
  test('is written beside the metadata, and expands to its bytes, pages and filter chunks', () => {
    compactPageIds(bundle());
    const meta = metaFile(bundle());
    const full = cbor(path.join(bundle(), meta));
    const bytes = cbor(path.join(bundle(), compactMetaFile(meta)));
    const compact = decodeCompactMeta(bytes);
    expect(Buffer.from(expandMeta(bytes)).equals(full)).toBe(true);
    const { pages, filterChunks } = compactIndexMeta(bytes);
    expect({ pages: idsOf(pages), filterChunks }).toEqual(decodeMeta(full));
    expect(pages.count).toBe(compact.wordCounts.length);
    expect(compact.wordCounts.length).toBeGreaterThanOrEqual(PAGES);
    expect(fs.statSync(path.join(bundle(), compactMetaFile(meta))).size).toBeLessThan(fs.statSync(path.join(bundle(), meta)).size);
  });

  test('keeps any word count and the page list’s form: two fields, or three with no fragment group', () => {
    for (const pages of [
      [['p/0', 0, ''], ['p/1', 23, ''], ['p/2', 24, ''], ['p/3', 200_000, ''], ['p/4', 2 ** 32 - 1, '']],
      [['p/0', 127], ['p/1', 128], ['p/2', 16_383], ['p/3', 16_384]],
      // ids of one to three base-36 digits, across each carry (z → 10, zz → 100)
      Array.from({ length: 1300 }, (_, i) => [`p/${i.toString(36)}`, i % 300]),
      [],
    ]) {
      const meta = Buffer.from(encodeCbor(['1.6.0', pages, [['a', 'b', 'zh-cn_1']], [['城市', 'zh-cn_2']], [], ['title']]));
      expect(Buffer.from(expandMeta(compactMeta(meta, 'p/'))).equals(meta), JSON.stringify(pages)).toBe(true);
    }
  });

  test('numbers its pages from their ids and back, and no id that is not one of them', () => {
    const pages = pageIds('zh-cn_1a2b/', 1300);
    for (let p = 0; p < pages.count; p++) expect(pages.numberOf(pages.idOf(p))).toBe(p);
    expect(pages.idOf(1299)).toBe('zh-cn_1a2b/103');
    for (const id of ['zh-cn_1a2b/', 'zh-cn_1a2b/104', 'zh-cn_1a2b/01', 'zh-cn_1a2b/A', 'zh-cn_1a2b/1-', 'zh-cn_9z9z/1', '1', 'zh-cn_1a2b']) {
      expect(pages.numberOf(id), id).toBeUndefined();
    }
  });

  test('is refused, naming the page, where an id does not follow from the page’s place or a page is in a fragment group', () => {
    const meta = (pages: unknown[]) => Buffer.from(encodeCbor(['1.6.0', pages, [], [], [], []]));
    expect(() => compactMeta(meta([['p/0', 1, ''], ['p/2', 1, '']]), 'p/')).toThrow(/page 1 has the id p\/2, not p\/1/);
    expect(() => compactMeta(meta([['p/0', 1, ''], ['p/1', 1, 'zh-cn_group']]), 'p/')).toThrow(/page p\/1 is in a fragment group/);
    expect(() => compactMeta(meta([['p/0', 1, ''], ['p/1', 1]]), 'p/')).toThrow(/page p\/1 has 2 fields, not 3/);
  });
});
