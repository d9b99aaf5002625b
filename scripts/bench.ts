/**
 * npm run bench [-- --sizes 1000,10000 --repeat 3 --out BENCHMARKS.md --json BENCHMARKS.json]
 *
 * Grows the knowledge base to N synthetic entries, builds this site and a plain Starlight
 * site with a page for each of the same entries (the synthetic ones and the real report's),
 * and measures build time and memory, output and page sizes,
 * the Pagefind index, and searches in Chromium. Writes a Markdown table and JSON
 * (bench/report.ts). A baseline that fails to build is reported with what it took until then.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/load/fs';
import { launch } from './support/chromium';
import { serveStaticApart } from './support/static-server-process';
import { measureBaselineSearch, measureOurBrowse, measureOurDialog, measureOurSearch, measurePagefindFloor, measurePlainFirst, scriptBytes, withFreshFirsts, type SearchMeasure } from './bench/browser';
import { ENTRIES_PER_REPORT, realEntryPages, syntheticEntries } from './bench/corpus';
import { measureDev, type DevMeasure } from './bench/dev';
import { median } from './bench/stats';
import { turnOrder } from './bench/turns';
import { dirBytes, entryPages, htmlPages, timedBuild, type BuildMeasure } from './bench/measure';
import { buildRuns, failures, firstRuns, flatness, laterRuns, marginal, measured, phaseTable, table, type FailedSite, type Measured, type Row, type SiteResult } from './bench/report';
import { writePlainPagefind } from './bench/plain-pagefind';
import { BENCH_DIR, clear, prepareBaseline, prepareOurs, ROOT } from './bench/sites';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    json: { type: 'string', default: 'BENCHMARKS.json' },
    queries: { type: 'string', default: '电子健康卡,飞地园区,潭信贷,绿心 补偿资金,轨道交通,人才引进,污水,看病' },
    /** Measure ours only (the baseline columns then show —). */
    'ours-only': { type: 'boolean', default: false },
    /** Leave out Starlight with its default sidebar (quadratic in the pages: at 100,000 it would not finish). */
    'no-default-baseline': { type: 'boolean', default: false },
    /** Up to which N Starlight with its default sidebar is built (above it, left out as with --no-default-baseline). */
    'default-baseline-max': { type: 'string', default: '10000' },
    /** A V8 heap limit for the builds, in MiB (default: Node's own, as `npm run build` has it). */
    heap: { type: 'string' },
    /** How many times each site is built (alternating between the sites); the median run is reported. */
    repeat: { type: 'string', default: '1' },
    /** Up to which N `npm run dev` is measured on our site (first page, an edit shown). */
    'dev-max': { type: 'string', default: '10000' },
    /** On how many fresh pages each door's first search is measured (the median is reported, each run listed). */
    'first-pages': { type: 'string', default: '5' },
    /** Keep the built sites (in .bench) for a closer look, instead of removing them at the end. */
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const queries = values.queries!.split(',');
const firstPages = Number(values['first-pages']);
/**
 * A facet value chosen before the queries (as a reader arriving from a city's page does):
 * searches then filter too, which Pagefind's own filters made slower with every page (facet-index.ts).
 */
const FILTERED_LABEL = '城市：湘潭';
const FILTERED_START = `?city=${encodeURIComponent('湘潭')}`;

type Kind = 'ours' | 'baseline' | 'short sidebar';
/** `npm run dev` on our site from a cold start (no Astro or Vite caches, as after a fresh clone), once. */
async function devOnce(dir: string, entry: { id: string; file: string }, runs: DevMeasure[]): Promise<void> {
  console.log('  npm run dev …');
  clear(dir);
  const measure = await measureDev(dir, entry.id, path.join(dir, 'content', entry.file));
  console.log(`  dev: first page ${measure.firstPageSeconds.toFixed(1)} s, edit ${measure.editSeconds.toFixed(2)} s`);
  runs.push(measure);
}

/** The median of each `npm run dev` measure (they are taken apart: a slow start need not mean a slow edit). */
function medianDev(runs: DevMeasure[]): DevMeasure {
  return { firstPageSeconds: median(runs.map((r) => r.firstPageSeconds)), editSeconds: median(runs.map((r) => r.editSeconds)) };
}

/** Builds a site; a baseline's failure (out of memory, say) is measured and reported, ours throws. */
async function build(kind: Kind, dir: string): Promise<BuildMeasure> {
  console.log(`  building ${kind} …`);
  // Every build starts cold, as the first one does: without Astro's caches and without the
  // last build's output, which Astro would first delete (at 10,000 entries about 5 s of ours,
  // whose output is 2.7 times the baseline's, on this machine).
  const outDir = path.join(dir, 'dist');
  clear(dir, outDir);
  const measure = await timedBuild(kind === 'ours' ? 'ours' : 'starlight', dir, outDir, values.heap ? Number(values.heap) : undefined, kind !== 'ours');
  console.log(`  ${kind}: ${measure.error ? `failed (${measure.error}) after ` : ''}${measure.seconds.toFixed(1)} s, peak ${measure.peakMiB?.toFixed(0) ?? '?'} MiB (tree ${measure.treePeakMiB?.toFixed(0) ?? '?'} MiB)`);
  return measure;
}

/**
 * Builds the sites again, taking turns, and keeps each one's median build: on a shared
 * machine a slow spell then weighs on every site alike, not on whichever was built in it.
 * The order within a turn alternates (the first turn, as the sites were first built and
 * measured, goes in the given order; the next in the reverse): on a machine that slows down
 * or speeds up through the run, the site built second in every turn would be measured in the
 * slower or faster part of each. A site whose first build failed is not built again.
 */
async function rebuildInTurns(sites: { kind: Kind; dir: string; result: SiteResult }[], times: number, eachTurn?: () => Promise<void>): Promise<void> {
  const runs = sites.map((s) => [s.result.build]);
  for (let r = 1; r < times; r++) {
    for (const i of turnOrder(sites.length, r)) runs[i]!.push(await build(sites[i]!.kind, sites[i]!.dir));
    await eachTurn?.();
  }
  sites.forEach((s, i) => {
    const sorted = [...runs[i]!].sort((a, b) => a.seconds - b.seconds);
    s.result.build = sorted[Math.floor((sorted.length - 1) / 2)]!;
    // in the order built, so that the report can pair each turn's builds
    s.result.buildRuns = runs[i]!.map((b) => b.seconds);
  });
}

/** Builds a baseline and measures it, unless its build failed. */
async function measureBaseline(kind: Kind, dir: string, sampleIds: string[]): Promise<Measured> {
  const built = await build(kind, dir);
  return built.error === undefined ? measureBuilt(kind, dir, built, sampleIds) : ({ build: { ...built, error: built.error } } satisfies FailedSite);
}

/** Measures a built site: its output, its entry pages and its searches in Chromium. */
async function measureBuilt(kind: Kind, dir: string, built: BuildMeasure, sampleIds: string[]): Promise<SiteResult> {
  const outDir = path.join(dir, 'dist');
  // Sizes first: plain Pagefind's index is written into the output later, for its floor.
  const sizes = { outputBytes: dirBytes(outDir), pages: htmlPages(outDir), pagefindBytes: dirBytes(path.join(outDir, 'pagefind')) };
  const server = await serveStaticApart(outDir);
  const browser = await launch();
  try {
    const entryPath = `/entries/${sampleIds[0]}/`;
    const fresh = (measure: (qs: string[]) => Promise<SearchMeasure>) => withFreshFirsts(measure, queries, firstPages);
    const search = await fresh((qs) => (kind === 'ours' ? measureOurSearch(browser, server.url, qs) : measureBaselineSearch(browser, server.url, qs)));
    const dialog = kind === 'ours' ? await fresh((qs) => measureOurDialog(browser, server.url, qs, entryPath)) : undefined;
    const filtered = kind === 'ours' ? await fresh((qs) => measureOurSearch(browser, server.url, qs, FILTERED_START)) : undefined;
    const browseMs = kind === 'ours' ? await measureOurBrowse(browser, server.url, FILTERED_START) : undefined;
    const floorPath = kind === 'ours' ? await writePlainPagefind(outDir) : undefined;
    const floor = floorPath ? await measurePagefindFloor(browser, server.url, floorPath, queries.slice(1)) : undefined;
    const shownFloor = floorPath ? await measurePagefindFloor(browser, server.url, floorPath, queries.slice(1), { shown: true }) : undefined;
    const plainFirst = floorPath
      ? {
          load: await fresh((qs) => measurePlainFirst(browser, server.url, qs.slice(0, 1), floorPath, 'load')),
          open: await fresh((qs) => measurePlainFirst(browser, server.url, qs.slice(0, 1), floorPath, 'open')),
        }
      : undefined;
    return {
      build: built,
      ...sizes,
      entryPage: entryPages(outDir, sampleIds),
      entryPageScriptBytes: await scriptBytes(browser, `${server.url}${entryPath}`),
      search,
      dialog,
      filtered,
      browseMs,
      // Over the queries plain Pagefind finds something for: the others (看病, a word the site
      // never uses) cost it one search and no fragment, a floor under nothing shown.
      pagefindFloorMs: floor && median(floor.filter((r) => r.results > 0).map((r) => r.searchMs + r.fragmentsMs)),
      pagefindShownFloorMs: shownFloor && median(shownFloor.filter((r) => r.results > 0).map((r) => r.searchMs + r.fragmentsMs + r.paintMs!)),
      pagefindShownFloorRows: shownFloor,
      plainFirst,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The commit measured, and how many files differed from it as the run began (benchmark results aside). */
const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const { commit, uncommitted } = (() => {
  try {
    return { commit: git(['rev-parse', '--short', 'HEAD']).trim(), uncommitted: git(['status', '--porcelain', '--', '.', ':!BENCHMARKS*']).split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', uncommitted: 0 };
  }
})();
const started = Date.now();
const real = loadCorpus(ROOT);
/** The real reports' entries: ours builds them beside the synthetic ones, and so do the baselines. */
const ownPages = realEntryPages(real);
const rows: Row[] = [];
/** The sizes above --default-baseline-max, where Starlight with its default sidebar was not built. */
const defaultLeftOut: number[] = [];
for (const n of sizes) {
  console.log(`N = ${n}`);
  const synthetic = syntheticEntries(real, n);
  const { entries } = synthetic;
  /** What each site holds: the real reports' entries and the synthetic ones (the baselines' pages). */
  const pages = [...ownPages, ...entries];
  const sample = Array.from({ length: 15 }, (_, i) => entries[Math.floor((i * n) / 15)]!.id);
  const oursDir = prepareOurs(synthetic);
  const ours = await measureBuilt('ours', oursDir, await build('ours', oursDir), sample);
  // With --repeat, `npm run dev` is measured as often as the builds, once after each turn of them.
  const devRuns: DevMeasure[] = [];
  const dev = n <= Number(values['dev-max']) ? () => devOnce(oursDir, entries[0]!, devRuns) : undefined;
  const devDone = () => {
    if (!devRuns.length) return;
    ours.dev = medianDev(devRuns);
    if (devRuns.length > 1) ours.devRuns = devRuns;
  };
  await dev?.();
  if (values['ours-only']) {
    for (let r = 1; r < Number(values.repeat) && dev; r++) await dev();
    devDone();
    rows.push({ n, entries: pages.length, ours });
    continue;
  }
  const withDefault = !values['no-default-baseline'] && n <= Number(values['default-baseline-max']);
  if (!values['no-default-baseline'] && !withDefault) defaultLeftOut.push(n);
  const baselineDir = withDefault ? prepareBaseline(pages, 'default') : undefined;
  const baseline = baselineDir ? await measureBaseline('baseline', baselineDir, sample) : undefined;
  const shortDir = prepareBaseline(pages, 'short');
  const short = await measureBaseline('short sidebar', shortDir, sample);
  const sites = [
    { kind: 'ours' as const, dir: oursDir, result: ours },
    ...(measured(baseline) && baselineDir ? [{ kind: 'baseline' as const, dir: baselineDir, result: baseline }] : []),
    ...(measured(short) ? [{ kind: 'short sidebar' as const, dir: shortDir, result: short }] : []),
  ];
  await rebuildInTurns(sites, Number(values.repeat), dev);
  devDone();
  rows.push({ n, entries: pages.length, ours, baseline, short });
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const date = new Date().toISOString();
const minutes = ((Date.now() - started) / 60000).toFixed(1);
// The report, paragraph by paragraph; a note with nothing to say (no failed build, say) is left out.
const md =
  [
    '# Benchmarks',
    `Generated by \`npm run bench\` on ${date}, commit \`${commit}\`${uncommitted ? ` with uncommitted changes to ${uncommitted} file${uncommitted === 1 ? '' : 's'}` : ''}; machine: ${machine}. The run took ${minutes} min.`,
    `ours: this site with N synthetic entries (bodies recombined from the report's clauses, all sections, categories, kinds, statuses and cities) beside the real report's own ${ownPages.length}. Baselines: a plain Starlight site with a page for each of the same N + ${ownPages.length} entries (same titles and text, default Pagefind search in the header dialog), once with Starlight’s default sidebar (every page listed on every page, which grows with N) and once with a short hand-written sidebar (two links), as a competent user would configure it; the ratio column compares with the latter. Peak memory: of the largest process (GNU time), of the whole process tree (the build with its children, sampled every 250 ms), and of Astro’s build and Pagefind’s indexer apart (each a process of its own, sampled with the tree). Search: queries ` +
      queries.map((q) => `“${q}”`).join('、') +
      ` in Chromium (the first, measured on ${firstPages} fresh pages, each in a new browser context, and reported as their median; then, on the first of those pages, the median of the others); ours through the /search/ page and through the header dialog on an entry page, the baselines through their search dialog (whose input is debounced). Times are measured by the browser driver (Playwright: fill the query, press Enter at once, wait until the results are there, checked in the page on each change of it rather than on every animation frame, which would keep the page drawing frames while it searches; this adds its own round trips) and inside the page, from the typed change (the input event: every door searches as one types; ours start searching at once and show the first five results when they are read, the rest of the first page following; Pagefind's dialog waits 300 ms first) to the animation frame after the results are on screen; ours take the next query once the last one's first page is complete. First-search bytes count the search files (/pagefind/ and /search-data.json) downloaded from opening the page to the first results, uncompressed as the bench's server sends them; the page's own scripts (outside /pagefind/) over the same span are counted apart. Plain Pagefind's first search, the floor under ours: Pagefind's own index of the same pages, written beside ours after the measures of size (its own file formats; its own script and worker, none of our additions), searched from a page of nothing else that lists the five best results (title and Pagefind's excerpt), timed the same way on as many fresh pages; Pagefind is started as that page loads (beside our search page, which prepares as it opens) or at a click just before the query is typed (beside our header dialog, which the bench opens and types into at once). The synthetic entries are spread over synthetic source reports of ${ENTRIES_PER_REPORT} entries beside the real one (N / ${ENTRIES_PER_REPORT} reports of fourteen cities and many years, each with its text, sections and categories generated in the real layout), so that the content passes every rule and the site holds as many reports as such a collection would.`,
    table(rows, { firstPages, filteredLabel: FILTERED_LABEL }),
    defaultLeftOut.length
      ? `Starlight with its default sidebar was left out at N=${defaultLeftOut.join(', ')} (above --default-baseline-max, ${values['default-baseline-max']}): its sidebar lists every page on every page, so its build grows with the square of N.`
      : '',
    failures(rows),
    buildRuns(rows),
    firstRuns(rows, FILTERED_LABEL),
    laterRuns(rows),
    flatness(rows),
    marginal(rows),
    '## Where the build time goes',
    'Phases read from each build\'s log: each line timed as the bench receives it (to the millisecond; Astro prints the time of day only to the second), and the durations that Astro, Vite, Pagefind and our steps state themselves (rendering, bundling, the Pagefind index, the CSP step) taken as stated; ours also states the time of each step of its knowledge base, which it builds while the first pages render, and of its own steps after Pagefind\'s, each taken out of the phase it falls in. Ours hashes its Content-Security-Policy while its search index is built (scripts/build.mjs): that row’s time lies within the search index’s rows, not beside them. The rest of the total is start-up, type generation and writing files.',
    phaseTable(rows),
  ]
    .filter(Boolean)
    .join('\n\n') + '\n';
fs.writeFileSync(path.resolve(ROOT, values.out!), md);
fs.writeFileSync(path.resolve(ROOT, values.json!), JSON.stringify({ date, commit, uncommitted, machine, queries, rows }, null, 2) + '\n');
console.log(md);
if (!values.keep) fs.rmSync(BENCH_DIR, { recursive: true, force: true });
