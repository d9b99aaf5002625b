/**
 * npm run bench [-- --sizes 1000,10000 --out BENCHMARKS.md --json BENCHMARKS.json]
 *
 * Grows the knowledge base to N synthetic entries, builds this site and a plain Starlight
 * site with the same N pages, and measures build time and memory, output and page sizes,
 * the Pagefind index, and searches in Chromium. Writes a Markdown table and JSON.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/load/fs';
import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
import { measureBaselineSearch, measureOurDialog, measureOurSearch, scriptBytes, type SearchMeasure } from './bench/browser';
import { syntheticEntries } from './bench/corpus';
import { dirBytes, entryPages, timedBuild, type BuildMeasure, type PageMeasure } from './bench/measure';
import { BENCH_DIR, prepareBaseline, prepareOurs, ROOT } from './bench/sites';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    json: { type: 'string', default: 'BENCHMARKS.json' },
    queries: { type: 'string', default: '电子健康卡,飞地园区,潭信贷,绿心 补偿资金,轨道交通,人才引进,污水,看病' },
    /** Measure ours only (for quick checks; the report then has no baseline column). */
    'ours-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const queries = values.queries!.split(',');

interface SiteResult {
  build: BuildMeasure;
  outputBytes: number;
  pagefindBytes: number;
  entryPage: PageMeasure;
  entryPageScriptBytes: number;
  search: SearchMeasure;
  /** Ours only: the header dialog. */
  dialog?: SearchMeasure;
}

interface Row {
  n: number;
  ours: SiteResult;
  baseline: SiteResult;
}

async function measureSite(kind: 'ours' | 'baseline', dir: string, sampleIds: string[]): Promise<SiteResult> {
  const outDir = path.join(dir, 'dist');
  console.log(`  building ${kind} …`);
  const build = timedBuild(dir, outDir);
  console.log(`  ${kind}: ${build.seconds.toFixed(1)} s, peak ${build.peakMiB?.toFixed(0) ?? '?'} MiB`);
  const server = await serveStatic(outDir);
  const browser = await launch();
  try {
    const search = kind === 'ours' ? await measureOurSearch(browser, server.url, queries) : await measureBaselineSearch(browser, server.url, queries);
    const dialog = kind === 'ours' ? await measureOurDialog(browser, server.url, queries, `/entries/${sampleIds[0]}/`) : undefined;
    return {
      build,
      outputBytes: dirBytes(outDir),
      pagefindBytes: dirBytes(path.join(outDir, 'pagefind')),
      entryPage: entryPages(outDir, sampleIds),
      entryPageScriptBytes: await scriptBytes(browser, `${server.url}/entries/${sampleIds[0]}/`),
      search,
      dialog,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');

function table(rows: Row[]): string {
  const lines = ['| N | 指标 metric | ours | baseline | ours / baseline |', '| --- | --- | --- | --- | --- |'];
  for (const { n, ours: o, baseline: b } of rows) {
    const add = (metric: string, a: number, c: number, fmt: (x: number) => string) => lines.push(`| ${n} | ${metric} | ${fmt(a)} | ${fmt(c)} | ${ratio(a, c)} |`);
    add('build time', o.build.seconds, b.build.seconds, (x) => `${x.toFixed(1)} s`);
    add('build time per 1,000 entries', (o.build.seconds * 1000) / n, (b.build.seconds * 1000) / n, (x) => `${x.toFixed(1)} s`);
    if (o.build.peakMiB && b.build.peakMiB) add('peak memory (largest process)', o.build.peakMiB, b.build.peakMiB, (x) => `${x.toFixed(0)} MiB`);
    add('output size', o.outputBytes, b.outputBytes, mib);
    add('entry page HTML (median)', o.entryPage.htmlBytes, b.entryPage.htmlBytes, kib);
    add('entry page HTML gzipped', o.entryPage.gzipBytes, b.entryPage.gzipBytes, kib);
    add('entry page scripts loaded', o.entryPageScriptBytes, b.entryPageScriptBytes, kib);
    add('Pagefind index size', o.pagefindBytes, b.pagefindBytes, mib);
    add('first search: Pagefind bytes', o.search.firstBytes, b.search.firstBytes, kib);
    add('first search: time', o.search.firstMs, b.search.firstMs, (x) => `${x.toFixed(0)} ms`);
    add('later searches: median time', o.search.laterMs, b.search.laterMs, (x) => `${x.toFixed(0)} ms`);
    add('first search: in the page (Enter → results on screen)', o.search.firstInPageMs, b.search.firstInPageMs, (x) => `${x.toFixed(0)} ms`);
    add('later searches: in the page, median', o.search.laterInPageMs, b.search.laterInPageMs, (x) => `${x.toFixed(0)} ms`);
    if (o.dialog) {
      add('header dialog: first search bytes', o.dialog.firstBytes, b.search.firstBytes, kib);
      add('header dialog: first search time', o.dialog.firstMs, b.search.firstMs, (x) => `${x.toFixed(0)} ms`);
      add('header dialog: later searches, median', o.dialog.laterMs, b.search.laterMs, (x) => `${x.toFixed(0)} ms`);
      add('header dialog: later searches in the page, median', o.dialog.laterInPageMs, b.search.laterInPageMs, (x) => `${x.toFixed(0)} ms`);
    }
  }
  return lines.join('\n');
}

function flatness(rows: Row[]): string {
  if (rows.length < 2) return '';
  const [a, b] = [rows[0]!, rows.at(-1)!];
  const growth = (x: number, y: number) => `${(((y - x) / x) * 100).toFixed(1)}%`;
  return `Entry page HTML from N=${a.n} to N=${b.n}: ours ${growth(a.ours.entryPage.htmlBytes, b.ours.entryPage.htmlBytes)}, baseline ${growth(a.baseline.entryPage.htmlBytes, b.baseline.entryPage.htmlBytes)}.`;
}

const started = Date.now();
const real = loadCorpus(ROOT);
const rows: Row[] = [];
for (const n of sizes) {
  console.log(`N = ${n}`);
  const synthetic = syntheticEntries(real, n);
  const { entries } = synthetic;
  const sample = Array.from({ length: 15 }, (_, i) => entries[Math.floor((i * n) / 15)]!.id);
  const ours = await measureSite('ours', prepareOurs(synthetic), sample);
  if (values['ours-only']) {
    console.log(JSON.stringify({ n, ours }, null, 2));
    continue;
  }
  const baseline = await measureSite('baseline', prepareBaseline(entries), sample);
  rows.push({ n, ours, baseline });
}

if (values['ours-only']) process.exit(0);

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const date = new Date().toISOString();
const minutes = ((Date.now() - started) / 60000).toFixed(1);
const md = [
  '# Benchmarks',
  '',
  `Generated by \`npm run bench\` on ${date}, commit \`${commit}\`; machine: ${machine}. The run took ${minutes} min.`,
  '',
  'ours: this site with N synthetic entries (bodies recombined from the report\'s clauses, all sections, categories, kinds, statuses and cities). baseline: a plain Starlight site with the same N pages (same titles and text, default sidebar, default Pagefind search in the header dialog). Search: queries ' +
    queries.map((q) => `“${q}”`).join('、') +
    ' in Chromium (the first, then the median of the others); ours through the /search/ page and through the header dialog on an entry page, baseline through its search dialog (whose input is debounced). Times are measured twice: by the browser driver (Playwright: fill, press Enter, poll until the results are there; this adds its own round trips) and inside the page (from the Enter keydown, or for the baseline the last input event, to the animation frame after the results are on screen). First-search bytes count the search files (/pagefind/ and /search-data.json) downloaded from opening the page to the first results. The synthetic entries form a synthetic source report beside the real one (its text, sections and categories generated in the real layout), so that the content passes every rule.',
  '',
  table(rows),
  '',
  flatness(rows),
  '',
].join('\n');
fs.writeFileSync(path.resolve(ROOT, values.out!), md);
fs.writeFileSync(path.resolve(ROOT, values.json!), JSON.stringify({ date, commit, machine, queries, rows }, null, 2) + '\n');
console.log(md);
fs.rmSync(BENCH_DIR, { recursive: true, force: true });
