/**
 * What writing a built page back costs, as the CSP step does for every page
 * (src/build/csp/apply.ts): N files the size of an entry page (about 35 KiB, mostly Chinese)
 * are written and flushed to disk (as a build's pages are by the time the step reaches them at
 * 100,000 entries, minutes after rendering), then each is read and written back 0.2 KB longer,
 * once cut to nothing first (fs.writeFileSync) and once written over in place (rewriteFile,
 * what the step does); and the same with files written a moment before and not yet flushed
 * (as at 1,000 or 10,000 entries, where the step follows the rendering within seconds). On
 * ext4 (auto_da_alloc), a file cut to nothing and written again is written out when it is closed.
 *
 * Usage: npx tsx scripts/bench/rewrite-pages.ts [--pages 2000] [--dir <a folder on the build's disk; default .bench>]
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rewriteFile } from '../../src/build/csp/apply';
import { BENCH_DIR } from './sites';
import { writePages } from './tiny-site';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' }, dir: { type: 'string', default: BENCH_DIR } } });
const pages = Number(values.pages);
const parent = values.dir!;
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>条目</title></head><body>${'<p>湘潭高新区和岳麓山大学科技城签订战略合作协议，积极对接省级部门，抢抓机遇。</p>'.repeat(300)}</body></html>`;
const META = '<meta http-equiv="content-security-policy" content="' + 'x'.repeat(200) + '">';
const grow = (html: string) => html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${META}`);

/** Milliseconds a page, each of a new folder's pages (flushed to disk first or not) read and written back by `write`. */
function timed(flushed: boolean, write: (file: string) => void): number {
  const dir = writePages('rewrite-pages-', pages, () => PAGE, parent);
  if (flushed) execSync('sync');
  const files = Array.from({ length: pages }, (_, i) => path.join(dir, `p${i}`, 'index.html'));
  const started = performance.now();
  for (const f of files) write(f);
  const ms = (performance.now() - started) / files.length;
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

const cutFirst = (f: string) => fs.writeFileSync(f, grow(fs.readFileSync(f, 'utf8')));
const inPlace = (f: string) => rewriteFile(f, grow);
console.log(`${pages} pages of ${(Buffer.byteLength(PAGE) / 1024).toFixed(1)} KiB in ${parent}; ms a page (read, then written back):`);
console.log('| pages | cut to nothing, then written (fs.writeFileSync) | written over in place (rewriteFile) |');
console.log('| --- | --- | --- |');
for (const flushed of [true, false]) {
  const row = [cutFirst, inPlace].map((write) => timed(flushed, write).toFixed(3));
  console.log(`| ${flushed ? 'on disk (flushed)' : 'just written (not yet flushed)'} | ${row.join(' | ')} |`);
}
