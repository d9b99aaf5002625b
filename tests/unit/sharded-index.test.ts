/**
 * The search index written in parts and merged (scripts/support/sharded-index.mjs,
 * merge-bundles.mjs), against the index Pagefind itself writes of the same pages in one run.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/tiny-site';
import { htmlFiles } from '../../src/build/html';
import { prefixes } from '../../scripts/support/merge-bundles.mjs';
import { folderBundle } from '../../scripts/support/bundle-files.mjs';
import { fragmentUrl } from '../../scripts/support/pagefind-file.mjs';
import { linkPages, parts } from '../../scripts/support/sharded-index.mjs';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { decodeCbor } from '../support/cbor';

const PAGES = 240;
const PART_PAGES = 70;
/** Folders of 60 different characters each: an address that gzip cannot shrink into the fragment's first 512 bytes. */
const LONG_ADDRESS = Array.from({ length: 6 }, (_, i) => Array.from({ length: 60 }, (_, j) => String.fromCodePoint(0x4e00 + (((i * 60 + j) * 7919) % 20000))).join(''));
const unpack = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).subarray('pagefind_dcd'.length);

type Meta = [string, [string, number, string][], [string, string, string][], [string, string][], unknown[], string[]];
type Page = [number, number[], number[]];

/** A bundle in terms of addresses and names, whatever the page numbers, fragment names and the order of filter values. */
function contentsOf(dir: string) {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  const [language] = Object.values(entry.languages) as [{ hash: string; page_count: number }];
  const meta = decodeCbor(unpack(path.join(dir, `pagefind.${language.hash}.pf_meta`))) as Meta;
  const fragment = (id: string) => unpack(path.join(dir, 'fragment', `${id}.pf_fragment`)).toString();
  const urls = meta[1].map(([id]) => (JSON.parse(fragment(id)) as { url: string }).url);
  const pages = Object.fromEntries(meta[1].map(([id, ...rest], i) => [urls[i], [fragment(id), rest]]));
  const fields = meta[5];
  const words: Record<string, string[]> = {};
  const chunkWords: string[][] = [];
  for (const [, , chunk] of meta[2]) {
    const [list] = decodeCbor(unpack(path.join(dir, 'index', `${chunk}.pf_index`))) as [[string, Page[], unknown[]][]];
    chunkWords.push(list.map(([word]) => word));
    for (const [word, wordPages, variants] of list) {
      let p = 0;
      // metadata places name their field as -1 - its number in the metadata's list of fields
      words[word] = wordPages.map(([step, places, metaPlaces]) => JSON.stringify([urls[(p += step)], places, metaPlaces.map((x) => (x < 0 ? fields[-1 - x] : x)), variants])).sort();
    }
  }
  const filters: Record<string, string[]> = {};
  for (const [name, chunk] of meta[3]) {
    const [, values] = decodeCbor(unpack(path.join(dir, 'filter', `${chunk}.pf_filter`))) as [string, [string, number[]][]];
    for (const [value, valuePages] of values) filters[`${name}:${value}`] = valuePages.map((p) => urls[p]!).sort();
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { metaName: language.hash, pageCount: language.page_count, version: meta[0], chunks: meta[2].map(([from, to]) => [from, to]), chunkWords, fields, sorts: meta[4], words: sorted(words), filters: sorted(filters), pages: sorted(pages) };
}

/**
 * Page i: a filter, metadata fields some pages lack (so that the parts' lists of fields
 * differ), a heading (weighted places), pages alike (one fragment), and words whose places
 * fill Pagefind's 20,000 per chunk: “ab” and “abzq” each end a chunk, so that the chunk
 * between them begins with “abc” and its last word cut to the next chunk's first (“b”)
 * would be “a”, before its own first word.
 */
function page(i: number): string {
  const city = ['长沙', '株洲', '湘潭'][i % 3];
  const meta = [i % 2 ? `<span data-pagefind-meta="status:第${i}项进行中"></span>` : '', i >= 200 && i < 230 ? `<span data-pagefind-meta="aliases:别名${i}"></span>` : ''].join('');
  const same = i % 50 === 7;
  const words = ['aa', 'ab '.repeat(90), 'abc', 'abzq '.repeat(90), 'b', `w${i % 37}`, `v${(i * 7) % 101}`].join(' ');
  const body = same ? '同一页' : `<h1>第${i}项</h1><p>长株潭一体化第${i}项工作 ${words}</p>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${same ? '同' : i}</title></head><body><main data-pagefind-body data-pagefind-filter="城市:${city}">${meta}${body}</main></body></html>`;
}

let site: string;
let whole: ReturnType<typeof contentsOf>;
let merged: ReturnType<typeof contentsOf>;
const lines: string[] = [];
/** Pages the step run alongside the merge changed (as the CSP step of the build changes pages then). */
let changedAlongside = 0;

/** Rewrites every page's words: were this done before Pagefind read the pages, the index would hold the new words. */
async function changePages(): Promise<void> {
  for (const file of htmlFiles(site)) {
    const at = path.join(site, file);
    const html = fs.readFileSync(at, 'utf8');
    if (!html.includes('长株潭一体化')) continue;
    fs.writeFileSync(at, html.replaceAll('长株潭一体化', '改写之后'));
    changedAlongside++;
  }
}

beforeAll(async () => {
  site = writePages('sharded-', PAGES, page);
  // a page without data-pagefind-body: Pagefind leaves it out, in one run or in parts
  fs.mkdirSync(path.join(site, 'zz'));
  fs.writeFileSync(path.join(site, 'zz', 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>外</title></head><body><main>不入索引</main></body></html>');
  // an address longer than the beginning of a fragment that the build reads for it
  const long = path.join(site, ...LONG_ADDRESS);
  fs.mkdirSync(long, { recursive: true });
  fs.writeFileSync(path.join(long, 'index.html'), page(1));
  await indexSite(site, { outputPath: path.join(site, 'whole'), log: () => {} });
  await indexSite(site, { outputPath: path.join(site, 'merged'), partPages: PART_PAGES, log: (line) => lines.push(line), alongside: changePages });
  whole = contentsOf(path.join(site, 'whole'));
  merged = contentsOf(path.join(site, 'merged'));
}, 120_000);

afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

describe('the search index in parts', () => {
  test('is written in parts of at most the given pages, then merged, and says so', () => {
    expect(parts(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    const pages = htmlFiles(site).length;
    expect(lines).toContain(`[search-index] Found ${pages} HTML files, indexed in ${Math.ceil(pages / PART_PAGES)} parts of at most ${PART_PAGES} pages.`);
    expect(lines.some((line) => /Parts merged into one index: \d+ pages, \d+ word chunks, in [\d.]+s\./.test(line))).toBe(true);
    expect(fs.readdirSync(path.dirname(site)).filter((name) => name.startsWith(`.${path.basename(site)}-pagefind-`))).toEqual([]);
  });

  test('holds what Pagefind’s own index holds: the same pages, words with their places, metadata places and filter values', () => {
    expect(merged.pageCount).toBe(whole.pageCount);
    expect(merged.pages).toEqual(whole.pages);
    expect(merged.fields).toEqual(whole.fields);
    expect(merged.words).toEqual(whole.words);
    expect(merged.filters).toEqual(whole.filters);
    expect([merged.version, merged.sorts]).toEqual([whole.version, whole.sorts]);
    // the metadata named as Pagefind names it, by a hash of its contents as long as Pagefind's
    expect(merged.metaName).toMatch(/^zh-cn_[0-9a-f]+$/);
    expect(merged.metaName.length).toBe(whole.metaName.length);
  });

  test('runs what goes alongside once every part has been read: the pages it changed are in the index as they were', () => {
    expect(changedAlongside).toBeGreaterThan(PAGES - PAGES / 50);
    const words = Object.keys(merged.words);
    expect(words.some((w) => w.includes('一体化'))).toBe(true);
    expect(words.some((w) => w.includes('改写'))).toBe(false);
    expect(merged.words).toEqual(whole.words);
  });

  test('cuts the words into the chunks Pagefind cuts, each named by the same first and last words', () => {
    expect(whole.chunks.length).toBeGreaterThan(2);
    expect(merged.chunkWords).toEqual(whole.chunkWords);
    expect(merged.chunks).toEqual(whole.chunks);
    // the case the test's words were made for: a chunk's last word kept whole
    expect(whole.chunks).toContainEqual(['abc', 'abzq']);
  });

  test('cuts chunk names to one character more than two neighbours share', () => {
    expect(prefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(prefixes('建设', '开')).toEqual(['建', '开']);
    expect(prefixes('𠀀a', '𠀀b')).toEqual(['𠀀a', '𠀀b']);
  });

  test('reads each page’s address from the beginning of its fragment, or from the whole where it is longer', () => {
    const dir = path.join(site, 'whole', 'fragment');
    const urls = fs.readdirSync(dir).map((name) => [fragmentUrl(folderBundle(dir), name), (JSON.parse(unpack(path.join(dir, name)).toString()) as { url: string }).url]);
    expect(urls.length).toBe(whole.pageCount);
    for (const [read, url] of urls) expect(read).toBe(url);
    expect(urls.some(([url]) => Buffer.byteLength(url!) > 512 && decodeURI(url!).includes(LONG_ADDRESS[5]!))).toBe(true);
  });

  test('keeps the scripts and styles Pagefind writes beside its index', () => {
    const others = (dir: string) => fs.readdirSync(path.join(site, dir)).filter((f) => !/^(index|filter|fragment|pagefind-entry\.json)$|\.pf_meta$/.test(f)).sort();
    expect(others('merged')).toEqual(others('whole'));
    expect(others('merged').length).toBeGreaterThan(0);
  });

  test('links each part’s pages where it can, and copies them once a link cannot be made', () => {
    const files = htmlFiles(site).slice(0, 5);
    const part = (name: string, link?: (from: string, at: string) => void) => {
      const to = path.join(site, name);
      return { to, how: linkPages(site, files, to, link) };
    };
    const sameFiles = (to: string) => files.every((f) => fs.readFileSync(path.join(to, f)).equals(fs.readFileSync(path.join(site, f))));
    const links = (to: string) => files.map((f) => fs.statSync(path.join(to, f)).nlink);

    const linked = part('part-linked');
    expect(linked.how).toBe('linked');
    expect(sameFiles(linked.to)).toBe(true);
    expect(links(linked.to).every((n) => n >= 2)).toBe(true);

    // another file system: the first link fails with EXDEV, and no other link is tried
    let tried = 0;
    const crossDevice = () => {
      tried++;
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    const copied = part('part-copied', crossDevice);
    expect(copied.how).toBe('copied');
    expect(tried).toBe(1);
    expect(sameFiles(copied.to)).toBe(true);
    expect(links(copied.to).every((n) => n === 1)).toBe(true);

    // a real other file system where the machine has one (/dev/shm is a tmpfs on Linux): the kernel's own EXDEV
    if (fs.existsSync('/dev/shm') && fs.statSync('/dev/shm').dev !== fs.statSync(site).dev) {
      const elsewhere = fs.mkdtempSync('/dev/shm/kb-part-');
      try {
        expect(linkPages(site, files, elsewhere)).toBe('copied');
        expect(sameFiles(elsewhere)).toBe(true);
      } finally {
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    }

    // any other failure is the build's error
    const denied = () => {
      throw Object.assign(new Error('no room'), { code: 'ENOSPC' });
    };
    expect(() => part('part-denied', denied)).toThrow('no room');
    for (const name of ['part-linked', 'part-copied', 'part-denied']) fs.rmSync(path.join(site, name), { recursive: true, force: true });
  });
});
