/**
 * The floor under a first search: on a built site of ours, each door's first search (typed
 * → results on screen, on fresh pages, the median) beside plain Pagefind's on the same pages
 * (its own index, script and worker: plain-pagefind.ts), started as each door starts it: as
 * the page loads (our search page), or at a click just before the query is typed (our
 * header dialog, which the bench opens and types into at once). `npm run bench` reports the
 * same rows. With `--synthetic N`, no site of ours: plain Pagefind alone on N pages of one
 * sentence (pagefind-later.ts's pages: the query on a twentieth of them), a minimal
 * reproduction of its first search at that size.
 *
 * Usage: npx tsx scripts/bench/pagefind-first.ts <built site> [--pages 5] [--queries 电子健康卡]
 *        npx tsx scripts/bench/pagefind-first.ts --synthetic 100000 [--pages 5]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../support/chromium';
import { serveStaticApart } from '../support/static-server-process';
import { measureOurDialog, measureOurSearch, measurePlainFirst, withFreshFirsts, type SearchMeasure } from './browser';
import { writePlainPagefind } from './plain-pagefind';
import { SENTENCE_WORDS, sentencePage, writePages } from './tiny-site';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: 'string', default: '5' }, queries: { type: 'string' }, synthetic: { type: 'string' } },
});
const synthetic = values.synthetic ? Number(values.synthetic) : undefined;
const dist = synthetic ? writePages('pagefind-first-', synthetic, sentencePage) : positionals[0];
if (!dist) throw new Error('usage: pagefind-first.ts <built site> [--pages 5] [--queries 电子健康卡] | --synthetic N');
const queries = (values.queries ?? (synthetic ? SENTENCE_WORDS[0]! : '电子健康卡')).split(',');

/** An entry page of the built site, for the header dialog. */
function firstEntryPath(site: string): string {
  const entry = fs.readdirSync(path.join(site, 'entries'), { withFileTypes: true }).find((d) => d.isDirectory());
  if (!entry) throw new Error(`no entry page in ${site}/entries`);
  return `/entries/${entry.name}/`;
}

console.log('writing Pagefind’s own index of the same pages …');
const floorPath = await writePlainPagefind(dist);
const server = await serveStaticApart(dist);
const browser = await launch();
const pages = Number(values.pages);
const fresh = (measure: (qs: string[]) => Promise<SearchMeasure>) => withFreshFirsts(measure, queries, pages);
type Row = [string, (qs: string[]) => Promise<SearchMeasure>];
/** On a site of ours, its door that starts Pagefind the same way comes before each plain row. */
const entryPath = synthetic ? undefined : firstEntryPath(dist);
const rows: Row[] = [
  ...(entryPath ? [['search page (ours)', (qs) => measureOurSearch(browser, server.url, qs)] satisfies Row] : []),
  ['plain Pagefind, started as the page loads', (qs) => measurePlainFirst(browser, server.url, qs, floorPath, 'load')],
  ...(entryPath ? [['header dialog (ours)', (qs) => measureOurDialog(browser, server.url, qs, entryPath)] satisfies Row] : []),
  ['plain Pagefind, started at a click', (qs) => measurePlainFirst(browser, server.url, qs, floorPath, 'open')],
];
console.log(`\n| first search of “${queries[0]}”${synthetic ? ` (${synthetic} pages of one sentence)` : ''} | median of ${pages} fresh pages | each page | bytes of Pagefind’s files |`);
console.log('| --- | --- | --- | --- |');
for (const [name, run] of rows) {
  const m = await fresh(run);
  console.log(`| ${name} | ${m.firstInPageMs.toFixed(0)} ms | ${m.firstRuns!.map((x) => x.toFixed(0)).join(', ')} | ${(m.firstBytes / 1024).toFixed(1)} KiB |`);
}
await browser.close();
await server.close();
if (synthetic) fs.rmSync(dist, { recursive: true, force: true });
