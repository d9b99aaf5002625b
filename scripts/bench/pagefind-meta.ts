/**
 * A minimal reproduction of the one search cost that grows with the site: Pagefind's
 * metadata file (`pagefind.<lang>_<hash>.pf_meta`), which every first search downloads in
 * full before it can search. N pages of one short sentence each, no filters, no metadata,
 * indexed by Pagefind with its defaults; prints the file's size and the bytes of a first
 * search's fixed files (JS, worker, WebAssembly, entry, meta) per N, the file's size with
 * the site's shorter page ids (scripts/support/compact-page-ids.mjs), and the size of the
 * compact form the site's search downloads instead (scripts/support/compact-meta.mjs).
 *
 * Usage: npx tsx scripts/bench/pagefind-meta.ts [--sizes 1000,10000,100000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compactPageIds } from '../support/compact-page-ids.mjs';
import { indexSite } from '../support/search-index.mjs';
import { writePages } from './tiny-site';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' } } });

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const fileSize = (file: string) => fs.statSync(file).size;

console.log('| pages | pf_meta | bytes per page | first search, fixed files | pf_meta, shorter ids | bytes per page | compact form | bytes per page |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const n of values.sizes!.split(',').map(Number)) {
  const dir = writePages(
    'pagefind-meta-',
    n,
    (i) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}页</title></head><body><main><h1>第${i}页</h1><p>长株潭一体化第${i}项工作。</p></main></body></html>`,
  );
  await indexSite(dir, { log: () => {} });
  const bundle = path.join(dir, 'pagefind');
  const meta = fs.readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
  const fixed = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', meta, ...fs.readdirSync(bundle).filter((f) => f.startsWith('wasm.'))];
  const metaBytes = fileSize(path.join(bundle, meta));
  const fixedBytes = fixed.reduce((sum, f) => sum + fileSize(path.join(bundle, f)), 0);
  const { metaAfter, compactMeta } = compactPageIds(bundle);
  const perPage = (bytes: number) => `${kib(bytes)} | ${(bytes / n).toFixed(2)}`;
  console.log(`| ${n} | ${perPage(metaBytes)} | ${kib(fixedBytes)} | ${perPage(metaAfter)} | ${perPage(compactMeta)} |`);
  fs.rmSync(dir, { recursive: true, force: true });
}
