/** The bench reads each build phase’s time from the build log, in either order of the search index, and the collections while the pages render. */
import { expect, test } from 'vitest';
import { CSP_WITHIN_INDEX, kbHeapMiB, phasesOf, renderScavenges } from '../../scripts/bench/measure';
import { PART_PAGES } from '../../scripts/support/sharded-index.mjs';

const start = ['10:00:00 [content] Syncing content', '10:00:02 [content] Synced content', '10:00:03 [build] Building static entrypoints...', '10:00:09 [build] Rearranging server assets...', '10:00:09 [build] ✓ Completed in 6.2s.', ' generating static routes ', '10:01:00 ✓ Completed in 50.5s.', '10:01:00 [build] ✓ Completed in 51.0s.'];
const AFTER_PAGEFIND = `search index: merging the parts (above ${PART_PAGES.toLocaleString('en')} pages), reading order and shorter page ids (the site’s own, after Pagefind)`;
const seconds = (log: string[]) => Object.fromEntries(phasesOf(log.join('\n')).map((p) => [p.name, p.seconds]));

test('ours: the index after the build', () => {
  const log = [...start, '10:01:04 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`', '10:01:24 [kb-csp] Content-Security-Policy written into 10 pages and _headers', '10:01:25 [search-index] Building search index with Pagefind...', '10:01:34 [search-index] Finished building search index in 9.50s.'];
  expect(seconds(log)).toEqual({
    'content sync (all collections)': 2,
    'bundling (Vite)': 6,
    'rendering pages (without the knowledge base)': 50.5,
    'links validation, sitemap': 4,
    'Content-Security-Policy hashing': 20,
    'Pagefind index': 9.5,
  });
});

test('with the times the bench received the lines at, a phase under a second is measured, not rounded to the printed second', () => {
  const log = [...start, '10:01:00 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'];
  // the printed seconds say 2 s of content sync and 0 s from the pages to the sitemap
  const arrivals = [3.81, 4.21, 4.22, 6.9, 6.9, 7.0, 10.91, 10.92, 10.98];
  const phases = Object.fromEntries(phasesOf(log.join('\n'), arrivals).map((p) => [p.name, p.seconds]));
  expect(phases['content sync (all collections)']).toBeCloseTo(0.4, 6);
  expect(phases['links validation, sitemap']).toBeCloseTo(0.07, 6);
  expect(phases['rendering pages (without the knowledge base)']).toBe(50.5);
});

test('ours: the CSP step’s own stated time, when its line states it', () => {
  const log = [...start, '10:01:04 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`', '10:01:24 [kb-csp] Content-Security-Policy written into 10 pages and _headers in 19.37s.'];
  expect(seconds(log)).toMatchObject({ 'Content-Security-Policy hashing': 19.37 });
});

test('ours: the CSP step while the search index is built, named so, its time within the index’s', () => {
  const log = [...start, '10:01:04 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`', '10:01:05 [search-index] Building search index with Pagefind...', '10:01:06 [search-index] Found 10 HTML files.', '10:01:07 [kb-csp] Content-Security-Policy written into 10 pages and _headers, while the search index was built, in 0.62s.', '10:01:08 [search-index] Finished building search index in 2.50s.'];
  const phases = seconds(log);
  expect(phases[CSP_WITHIN_INDEX]).toBe(0.62);
  expect(phases['Content-Security-Policy hashing']).toBeUndefined();
  expect(phases['Pagefind index']).toBe(2.5);
});

test('ours: the knowledge base’s steps and the site’s own steps after Pagefind, each taken out of the phase it falls in', () => {
  const kb = '10:00:12 [kb] Knowledge base, 1,000 entries: collections read in 0.05s, checked against the schemas in 0.20s and the content rules in 0.30s, indexed in 0.45s (heap in use: 312 MiB).';
  const log = [...start.slice(0, 6), kb, ...start.slice(6), '10:01:25 [search-index] Building search index with Pagefind...', '10:01:30 [search-index] Pages numbered in reading order: 10 of 12 moved, in 1.25s.', '10:01:31 [search-index] Shorter page ids for 12 pages: metadata 1.0 KiB -> 0.5 KiB gzipped, 0.2 KiB in its compact form (read through a 13.2 KiB shim in Pagefind\'s worker, which also warms Pagefind\'s WebAssembly up; the worker, minified, 29.0 KiB), in 0.25s.', '10:01:34 [search-index] Finished building search index in 9.50s.'];
  const phases = seconds(log);
  expect(phases['knowledge base: collections read and indexed']).toBeCloseTo(0.5, 6);
  expect(phases['knowledge base: schemas and content rules (the integrity check)']).toBeCloseTo(0.5, 6);
  expect(phases['rendering pages (without the knowledge base)']).toBeCloseTo(49.5, 6);
  expect(phases['Pagefind index']).toBeCloseTo(8, 6);
  expect(phases[AFTER_PAGEFIND]).toBeCloseTo(1.5, 6);
  expect(kbHeapMiB(log.join('\n'))).toBe(312);
  expect(kbHeapMiB(start.join('\n'))).toBeUndefined();
});

test('ours, a large site: the merge of the index’s parts counted with the site’s own steps after Pagefind', () => {
  const log = [...start, '10:01:25 [search-index] Building search index with Pagefind...', '10:02:25 [search-index] Found 40000 HTML files, indexed in 2 parts of at most 20000 pages.', '10:02:30 [search-index] Parts merged into one index: 39990 pages, 400 word chunks, in 5.00s.', '10:02:35 [search-index] Pages numbered in reading order: 10 of 12 moved, in 4.25s.', '10:02:36 [search-index] Shorter page ids for 12 pages: metadata 1.0 KiB -> 0.5 KiB gzipped, 0.2 KiB in its compact form (read through a 13.2 KiB shim in Pagefind\'s worker, which also warms Pagefind\'s WebAssembly up; the worker, minified, 29.0 KiB), in 0.75s.', '10:02:36 [search-index] Finished building search index in 71.00s.'];
  const phases = seconds(log);
  expect(phases[AFTER_PAGEFIND]).toBeCloseTo(10, 6);
  expect(phases['Pagefind index']).toBeCloseTo(61, 6);
});

test('bundling: the sum of Vite’s own stated times of its builds, when its lines state them', () => {
  const log = [...start.slice(0, 3), '10:00:05 [vite] ✓ built in 1.26s', '10:00:09 [vite] ✓ built in 222ms', ...start.slice(3)];
  expect(seconds(log)['bundling (Vite)']).toBeCloseTo(1.482, 6);
});

test('Starlight: the index inside the build, before the sitemap', () => {
  const log = [...start, '10:01:00 [starlight:pagefind] Building search index with Pagefind...', '10:01:10 [starlight:pagefind] Finished building search index in 10.09s.', '10:01:12 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'];
  expect(seconds(log)).toMatchObject({ 'rendering pages (without the knowledge base)': 50.5, 'links validation, sitemap': 2, 'Pagefind index': 10.09 });
});

test('the young-generation collections while the pages render, from V8’s --trace-gc-nvp lines', () => {
  const gc = (ms: number, kind: string, pause: number, promoted: number) => `[1:0x1]  ${ms} ms: pause=${pause} mutator=9.0 gc=${kind} reduce_memory=0 scavenge=${pause} allocated=100 promoted=${promoted} new_space_survived=5`;
  const log = [gc(10, 's', 9, 1000), ' generating static routes ', gc(20, 's', 2.5, 300), gc(30, 'mc', 40, 5000), '10:00:09   ├─ /a/index.html (+3ms)', gc(40, 's', 1.5, 200), '10:01:00 ✓ Completed in 50.5s.', gc(50, 's', 7, 700)];
  expect(renderScavenges(log.join('\n'))).toEqual({ count: 2, pauseMs: 4, promotedBytes: 500 });
});
