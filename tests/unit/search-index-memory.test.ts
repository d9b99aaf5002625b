/**
 * The search index of a site indexed at once, rewritten in memory (scripts/support/search-index.mjs):
 * the same bundle, byte for byte, as Pagefind's own files rewritten on disk by the same steps;
 * and the step run alongside (the CSP step in the build) starts only once Pagefind has read every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writePages } from '../../scripts/bench/tiny-site';
import { folderBundle, memoryBundle } from '../../scripts/support/bundle-files.mjs';
import { compactPageIds } from '../../scripts/support/compact-page-ids.mjs';
import { reorderPages } from '../../scripts/support/reorder-pages.mjs';
import { indexSite } from '../../scripts/support/search-index.mjs';
import { addWorkerShim } from '../../scripts/support/worker-shim.mjs';

const PAGES = 60;
let site: string;
let onDisk: string;
const rankOf = (url: string) => PAGES - Number(/\/p(\d+)\//.exec(url)?.[1]);
const filesOf = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();

beforeAll(async () => {
  site = writePages('index-memory-', PAGES, (i) => {
    const city = ['长沙', '株洲', '湘潭'][i % 3];
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}项</title></head><body><main data-pagefind-filter="城市:${city}"><h1>第${i}项</h1><p>${'长株潭一体化'.repeat(1 + (i % 4))}第${i}项工作，原稿${i}号。</p></main></body></html>`;
  });
  // Pagefind's own files, on disk, rewritten there by the build's steps
  onDisk = fs.mkdtempSync(path.join(site, '..', 'index-memory-disk-'));
  const { index } = await pagefind.createIndex({ rootSelector: 'main' });
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: onDisk });
  await pagefind.close();
  reorderPages(onDisk, rankOf);
  compactPageIds(onDisk);
  await addWorkerShim(onDisk);
}, 60_000);

afterAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(onDisk, { recursive: true, force: true });
});

test('the bundle rewritten in memory and written once is the bundle rewritten on disk; the step alongside ran after every page was read', async () => {
  const changed: string[] = [];
  // what runs alongside changes every page's <main>: the index must hold the pages as they were
  const alongside = async () => {
    for (let i = 0; i < PAGES; i++) {
      const file = path.join(site, `p${i}`, 'index.html');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('原稿', '改稿'));
      changed.push(file);
    }
  };
  await indexSite(site, { log: () => {}, rootSelector: 'main', rankOf, compact: true, alongside });
  expect(changed.length).toBe(PAGES);
  const written = path.join(site, 'pagefind');
  expect(filesOf(written)).toEqual(filesOf(onDisk));
  for (const file of filesOf(onDisk)) expect(fs.readFileSync(path.join(written, file)).equals(fs.readFileSync(path.join(onDisk, file))), file).toBe(true);
}, 60_000);

test('a bundle in memory and one in a folder answer alike, and a file not there is named', () => {
  const folder = fs.mkdtempSync(path.join(site, '..', 'index-memory-files-'));
  try {
    const disk = folderBundle(folder);
    const memory = memoryBundle([]);
    for (const files of [disk, memory]) {
      files.write('fragment/a.pf_fragment', 'abcdef');
      files.rename('fragment/a.pf_fragment', 'fragment/x/b.pf_fragment');
      files.write('pagefind-entry.json', '{}');
      files.remove('pagefind-entry.json');
    }
    for (const files of [disk, memory]) {
      expect(files.read('fragment/x/b.pf_fragment').toString()).toBe('abcdef');
      expect(files.start('fragment/x/b.pf_fragment', 3).toString()).toBe('abc');
      expect(() => files.read('fragment/a.pf_fragment')).toThrow(/a\.pf_fragment/);
      expect(() => files.read('pagefind-entry.json')).toThrow(/pagefind-entry\.json/);
    }
    expect([...memory.files.keys()]).toEqual(['fragment/x/b.pf_fragment']);
    expect(filesOf(folder)).toEqual(['fragment/x/b.pf_fragment']);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
