/**
 * The floor under our search: plain Pagefind on a built site, in Chromium, with no engine of
 * ours (Pagefind's own index of the site's pages, script and worker: plain-pagefind.ts,
 * written beside ours on the first run). For each query, after a first search has loaded
 * Pagefind: how long `search()` takes (loading the index chunks it needs, searching in its
 * web worker; Pagefind's own timings of the two are listed too) and how long the ten best
 * results' fragments then take (each a request: Chromium opens six connections to a host
 * over HTTP/1.1, so ten arrive in two rounds). Our search does both, then ranks and
 * renders; it cannot be quicker than their sum. Then the floor under results on screen,
 * timed as ours are from a typed change (in an input of its own): search(), the five best
 * fragments, five plain list items and the next frame. Last, our search page on the same
 * queries (after a first search), split at its engine's marks: Pagefind's answer in hand
 * (through our worker), the results shown first read, on screen. `npm run bench` reports the
 * medians, and each query of both.
 *
 * Usage: npx tsx scripts/bench/pagefind-search.ts <built site> [queries, comma-separated]
 */
import { launch } from '../support/chromium';
import { serveStaticApart } from '../support/static-server-process';
import { measureOurSearch, measurePagefindFloor } from './browser';
import { writePlainPagefind } from './plain-pagefind';

const [dir, list] = process.argv.slice(2);
if (!dir) throw new Error('usage: pagefind-search.ts <built site> [queries]');
const queries = (list ?? '电子健康卡,飞地园区,潭信贷,绿心,轨道交通,人才引进,医疗').split(',');

const floorPath = await writePlainPagefind(dir);
const server = await serveStaticApart(dir);
const browser = await launch();
const ms = (x: number) => `${x.toFixed(0)} ms`;
const rows = await measurePagefindFloor(browser, server.url, floorPath, queries);
console.log('| query | results | search() | of which: index chunks, search in WebAssembly (Pagefind’s timings) | 10 fragments | sum |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const { chunksMs, wasmMs } = r.pagefindTimings;
  console.log(`| ${r.query} | ${r.results} | ${ms(r.searchMs)} | ${ms(chunksMs)}, ${ms(wasmMs)} | ${ms(r.fragmentsMs)} | ${ms(r.searchMs + r.fragmentsMs)} |`);
}
const shown = await measurePagefindFloor(browser, server.url, floorPath, queries, { shown: true });
console.log('\n| query | search() | 5 fragments | 5 items and a frame | on screen |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of shown) console.log(`| ${r.query} | ${ms(r.searchMs)} | ${ms(r.fragmentsMs)} | ${ms(r.paintMs!)} | ${ms(r.searchMs + r.fragmentsMs + r.paintMs!)} |`);
const ours = await measureOurSearch(browser, server.url, ['长株潭', ...queries]);
console.log('\n| query | ours: Pagefind’s answer in hand | the results shown first read | on screen |');
console.log('| --- | --- | --- | --- |');
const at = (x: number | undefined) => (x === undefined ? '—' : ms(x));
for (const r of ours.laterRuns!) console.log(`| ${r.query} | ${at(r.steps?.candidates)} | ${at(r.steps?.read)} | ${ms(r.ms)} |`);
await browser.close();
await server.close();
