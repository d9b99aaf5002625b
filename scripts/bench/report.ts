/**
 * The bench's results and the Markdown report made of them (BENCHMARKS.md): the table of
 * measures, each build and first search run by run, the growth from the smallest N to the
 * largest, the builds that failed, and the phases of each build.
 */
import type { PagefindFloorRow, SearchMeasure } from './browser';
import type { DevMeasure } from './dev';
import type { BuildMeasure, PageMeasure } from './measure';

/** A site built and measured. */
export interface SiteResult {
  /** The build (the median one, when built more than once). */
  build: BuildMeasure;
  /** Seconds of each build in the order built (one per turn: bench.ts builds the sites in turns), when built more than once. */
  buildRuns?: number[];
  outputBytes: number;
  /** HTML pages built: ours has a page per report, section and category besides the entries. */
  pages: number;
  pagefindBytes: number;
  entryPage: PageMeasure;
  entryPageScriptBytes: number;
  /** Ours: the search page; baselines: their dialog. */
  search: SearchMeasure;
  /** Ours only: the header dialog. */
  dialog?: SearchMeasure;
  /** Ours only: the search page with a facet value chosen (the bench's FILTERED_START), the queries typed with it. */
  filtered?: SearchMeasure;
  /** Ours only: the search page opened with that value and no words, to its listed results on screen, ms. */
  browseMs?: number;
  /** Ours only: plain Pagefind's search() and ten fragments on the same queries (later searches), median ms. */
  pagefindFloorMs?: number;
  /** Ours only: from a typed change, plain Pagefind's search(), five fragments, five plain list items and the next frame, median ms. */
  pagefindShownFloorMs?: number;
  /** The same, query by query. */
  pagefindShownFloorRows?: PagefindFloorRow[];
  /**
   * Ours only: plain Pagefind's first search on the same pages (its own index, script and
   * worker: bench/plain-pagefind.ts), started as the page loads (beside our search page) and
   * at a click just before typing (beside our header dialog).
   */
  plainFirst?: { load: SearchMeasure; open: SearchMeasure };
  /** Ours only, up to --dev-max: `npm run dev` (the median of each measure, when measured more than once). */
  dev?: DevMeasure;
  /** Each `npm run dev` measure, when measured more than once. */
  devRuns?: DevMeasure[];
}

/**
 * A baseline whose build failed (plain Starlight may run out of memory where ours does not):
 * what it took until it failed, and why (`build.error`). Nothing else of it is measured.
 */
export interface FailedSite {
  build: BuildMeasure & { error: string };
}

export type Measured = SiteResult | FailedSite;

/** Whether a site was built (and so measured), rather than left out or failed. */
export const measured = (r: Measured | undefined): r is SiteResult => r !== undefined && r.build.error === undefined;

export interface Row {
  /** Synthetic entries. */
  n: number;
  /** Entries each site holds: the synthetic ones and the real reports' own (n in results recorded before this field). */
  entries?: number;
  ours: SiteResult;
  /** Plain Starlight, its default sidebar (every page listed); left out with --no-default-baseline and above --default-baseline-max. */
  baseline?: Measured;
  /** Plain Starlight with a short hand-written sidebar, as a competent user would configure it; left out with --ours-only. */
  short?: Measured;
}

/** What the report's wording needs to know of the run. */
export interface ReportSettings {
  /** On how many fresh pages each first search was measured. */
  firstPages: number;
  /** The facet value chosen for the filtered searches, as a reader sees it (城市：湘潭). */
  filteredLabel: string;
}

/** The two baselines, as the report names them. */
const baselines = (row: Row) => [['Starlight, default sidebar', row.baseline], ['Starlight, short sidebar', row.short]] as const;

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');

/** Milliseconds, whole, with their unit. */
const ms = (x: number) => `${x.toFixed(0)} ms`;

export function table(rows: Row[], { firstPages, filteredLabel }: ReportSettings): string {
  const lines = [
    '| N | 指标 metric | ours | Starlight, default sidebar | Starlight, short sidebar | ours / short sidebar |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { n, entries = n, ours: o, baseline: b, short: c } of rows) {
    // `untilFailed`: what a failed build's row shows (its time and memory until it failed); others show —.
    const add = (metric: string, pick: (r: SiteResult) => number | undefined, fmt: (x: number) => string, untilFailed?: (m: BuildMeasure) => number | undefined) => {
      const cell = (r: Measured | undefined) => {
        const v = !r ? undefined : measured(r) ? pick(r) : untilFailed?.(r.build);
        return v === undefined ? '—' : measured(r) ? fmt(v) : `${fmt(v)} until it failed`;
      };
      const [x, z] = [pick(o), measured(c) ? pick(c) : undefined];
      lines.push(`| ${n} | ${metric} | ${cell(o)} | ${cell(b)} | ${cell(c)} | ${x !== undefined && z !== undefined ? ratio(x, z) : '—'} |`);
    };
    // A measure of the build alone, which a failed build has too (until it failed).
    const addBuild = (metric: string, pick: (m: BuildMeasure) => number | undefined, fmt: (x: number) => string) => add(metric, (r) => pick(r.build), fmt, pick);
    const wholeMiB = (x: number) => `${x.toFixed(0)} MiB`;
    addBuild('build time', (m) => m.seconds, (x) => `${x.toFixed(1)} s`);
    add('build time per 1,000 entries', (r) => (r.build.seconds * 1000) / entries, (x) => `${x.toFixed(1)} s`);
    // Ours builds a page per report, section and category besides the entries (the pages row): this one says what a page costs.
    add('build time per page built', (r) => (r.pages ? (r.build.seconds * 1000) / r.pages : undefined), (x) => `${x.toFixed(2)} ms`);
    addBuild('peak memory, largest process', (m) => m.peakMiB, wholeMiB);
    addBuild('peak memory, whole process tree', (m) => m.treePeakMiB, wholeMiB);
    // Which process the peak is in: ours indexes after Astro's build has ended, Starlight's Pagefind while it is still there.
    addBuild('peak memory, Astro’s build process', (m) => m.partPeakMiB?.astro, wholeMiB);
    addBuild('peak memory, Pagefind’s indexer process', (m) => m.partPeakMiB?.pagefind, wholeMiB);
    // What the knowledge base holds: the heap in use in Astro's process right after building it (ours only).
    addBuild('heap in use once the knowledge base is built', (m) => m.kbHeapMiB, wholeMiB);
    add('pages built', (r) => r.pages, (x) => x.toLocaleString('en'));
    add('output size', (r) => r.outputBytes, mib);
    add('entry page HTML (median)', (r) => r.entryPage.htmlBytes, kib);
    add('entry page HTML gzipped', (r) => r.entryPage.gzipBytes, kib);
    add('entry page scripts loaded', (r) => r.entryPageScriptBytes, kib);
    add('Pagefind index size', (r) => r.pagefindBytes, mib);
    add('first search: Pagefind bytes', (r) => r.search.firstBytes, kib);
    add('first search: the page’s own scripts (outside /pagefind/)', (r) => r.search.scriptBytes, kib);
    add(`first search: time (driver), median of ${firstPages} fresh pages`, (r) => r.search.firstMs, ms);
    add('later searches: median time (driver)', (r) => r.search.laterMs, ms);
    add(`first search: in the page (typed → results on screen), median of ${firstPages} fresh pages`, (r) => r.search.firstInPageMs, ms);
    add('later searches: in the page, median', (r) => r.search.laterInPageMs, ms);
    add(`first search: plain Pagefind on screen (its own index, script and worker, started as the page loads; typed change → search() + 5 fragments + 5 plain items + a frame), median of ${firstPages} fresh pages`, (r) => r.plainFirst?.load.firstInPageMs, ms);
    add('first search: plain Pagefind’s bytes (its own files)', (r) => r.plainFirst?.load.firstBytes, kib);
    add('later searches: plain Pagefind alone (search() + 10 fragments), median of the queries it finds anything for', (r) => r.pagefindFloorMs, ms);
    add('later searches: plain Pagefind on screen, typed (typed change → search() + 5 fragments + 5 plain items + a frame), median of the same', (r) => r.pagefindShownFloorMs, ms);
    add('npm run dev: first entry page served', (r) => r.dev?.firstPageSeconds, (x) => `${x.toFixed(1)} s`);
    add('npm run dev: an edited title shown', (r) => r.dev?.editSeconds, (x) => `${x.toFixed(2)} s`);
    add('header dialog: first search bytes', (r) => r.dialog?.firstBytes, kib);
    add('header dialog: the page’s own scripts to the first results', (r) => r.dialog?.scriptBytes, kib);
    add(`header dialog: first search in the page, median of ${firstPages} fresh pages`, (r) => r.dialog?.firstInPageMs, ms);
    add('header dialog: later searches in the page, median', (r) => r.dialog?.laterInPageMs, ms);
    add(`header dialog: plain Pagefind’s first search on screen, started at a click just before typing (as above), median of ${firstPages} fresh pages`, (r) => r.plainFirst?.open.firstInPageMs, ms);
    add(`search page with ${filteredLabel} chosen: first search in the page, median of ${firstPages} fresh pages`, (r) => r.filtered?.firstInPageMs, ms);
    add(`search page with ${filteredLabel} chosen: later searches in the page, median`, (r) => r.filtered?.laterInPageMs, ms);
    add(`search page opened with ${filteredLabel} and no words (browsing): navigation → listed results on screen, median of 3 loads`, (r) => r.browseMs, ms);
  }
  return lines.join('\n');
}

/** Where each build's time goes, phase by phase (from the build logs). */
export function phaseTable(rows: Row[]): string {
  const lines = ['| N | site | ' + 'phase | seconds | share |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    for (const [kind, r] of [['ours', row.ours], ['short sidebar', row.short]] as const) {
      if (!r) continue;
      const site = measured(r) ? kind : `${kind} (until it failed)`;
      for (const p of r.build.phases) lines.push(`| ${row.n} | ${site} | ${p.name} | ${p.seconds.toFixed(1)} | ${((100 * p.seconds) / r.build.seconds).toFixed(0)}% |`);
    }
  }
  return lines.join('\n');
}

/**
 * In how many turns ours built faster than the short-sidebar baseline, of the turns both were
 * built in (their runs pair up turn by turn). A median ratio near 1 can come of one slow
 * spell; this says whether ours was slower turn after turn.
 */
export function turnsFaster(row: Row): { faster: number; turns: number } | undefined {
  const ours = row.ours.buildRuns;
  const short = measured(row.short) ? row.short.buildRuns : undefined;
  if (!ours || !short || ours.length < 2 || ours.length !== short.length) return undefined;
  return { faster: ours.filter((s, i) => s < short[i]!).length, turns: ours.length };
}

/** Each build's seconds, and each `npm run dev` measure, where taken more than once. */
export function buildRuns(rows: Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const [kind, r] of [['ours', row.ours], ...baselines(row)] as const) {
      if (measured(r) && r.buildRuns && r.buildRuns.length > 1) lines.push(`N=${row.n}, ${kind}: ${r.buildRuns.map((x) => x.toFixed(1)).join(', ')} s`);
    }
  }
  const turns = rows.flatMap((row) => {
    const t = turnsFaster(row);
    return t ? [`N=${row.n}: ${t.faster} of ${t.turns}`] : [];
  });
  const dev = rows.flatMap((row) => (row.ours.devRuns ? [`N=${row.n}: first page ${row.ours.devRuns.map((d) => d.firstPageSeconds.toFixed(1)).join(', ')} s, edit shown ${row.ours.devRuns.map((d) => d.editSeconds.toFixed(2)).join(', ')} s`] : []));
  return [
    lines.length ? `Build times, run by run in the order built (the sites built in turns, each once a turn: in the order listed in the first turn, then in the reverse order, alternately; the table shows each one's median run): ${lines.join('; ')}.` : '',
    turns.length ? `Turns in which ours built faster than Starlight with a short sidebar: ${turns.join('; ')}.` : '',
    dev.length ? `\`npm run dev\` on ours, run by run (each from a cold start, one after each turn of builds; the table shows the medians): ${dev.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Each door's first search on each fresh page. */
export function firstRuns(rows: Row[], filteredLabel: string): string {
  const lines: string[] = [];
  const doors = (r: SiteResult, kind: string) =>
    [
      [kind === 'ours' ? 'ours, search page' : kind, r.search],
      ['ours, header dialog', r.dialog],
      [`ours, search page with ${filteredLabel} chosen`, r.filtered],
      ['plain Pagefind, started as the page loads', r.plainFirst?.load],
      ['plain Pagefind, started at a click', r.plainFirst?.open],
    ] as const;
  for (const row of rows) {
    for (const [kind, r] of [['ours', row.ours], ...baselines(row)] as const) {
      if (!measured(r)) continue;
      for (const [door, m] of doors(r, kind)) if (m?.firstRuns && m.firstRuns.length > 1) lines.push(`N=${row.n}, ${door}: ${m.firstRuns.map((x) => x.toFixed(0)).join(', ')} ms`);
    }
  }
  return lines.length ? `First searches in the page, fresh page by fresh page (the table shows the median): ${lines.join('; ')}.` : '';
}

/**
 * Our later searches query by query, beside plain Pagefind's on the same query: ours split at
 * the engine's marks (Pagefind's answer in hand, the results shown first read), Pagefind's by
 * its own timings (index chunks, the search in its WebAssembly), so that each query shows how
 * much of ours is Pagefind's.
 */
export function laterRuns(rows: Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const ours = row.ours;
    if (!measured(ours) || !ours.search.laterRuns?.length) continue;
    const dialog = new Map(ours.dialog?.laterRuns?.map((r) => [r.query, r.ms]));
    const floor = new Map(ours.pagefindShownFloorRows?.map((r) => [r.query, r]));
    const each = ours.search.laterRuns.map((run) => {
      const { candidates, read } = run.steps ?? {};
      const split = candidates !== undefined && read !== undefined ? ` (Pagefind's answer in hand at ${candidates.toFixed(0)}, the first results read at ${read.toFixed(0)})` : '';
      const d = dialog.get(run.query);
      const f = floor.get(run.query);
      const plain = f
        ? `; plain Pagefind ${ms(f.searchMs + f.fragmentsMs + (f.paintMs ?? 0))} (${f.results.toLocaleString('en-US')} results; its index chunks ${f.pagefindTimings.chunksMs.toFixed(0)}, WebAssembly ${ms(f.pagefindTimings.wasmMs)})`
        : '';
      return `${run.query}: search page ${ms(run.ms)}${split}${d !== undefined ? `, header dialog ${ms(d)}` : ''}${plain}`;
    });
    lines.push(`N=${row.n}: ${each.join('; ')}`);
  }
  return lines.length
    ? `Later searches in the page, query by query (ours from the typed change, with when its engine had Pagefind's answer in hand and had read the results shown first; plain Pagefind on screen, as in the table, with its own timings of its two parts): ${lines.join('. ')}.`
    : '';
}

export function flatness(rows: Row[]): string {
  if (rows.length < 2) return '';
  const [a, b] = [rows[0]!, rows.at(-1)!];
  const growth = (x: number, y: number) => `${(((y - x) / x) * 100).toFixed(1)}%`;
  return `Entry page HTML from N=${a.n} to N=${b.n}: ours ${growth(a.ours.entryPage.htmlBytes, b.ours.entryPage.htmlBytes)}, Starlight with a short sidebar ${measured(a.short) && measured(b.short) ? growth(a.short.entryPage.htmlBytes, b.short.entryPage.htmlBytes) : '—'}${measured(a.baseline) && measured(b.baseline) ? `, with its default sidebar ${growth(a.baseline.entryPage.htmlBytes, b.baseline.entryPage.htmlBytes)}` : ''}.`;
}

/**
 * What the build costs per 1,000 more entries between the smallest and the largest N: the
 * cost that grows with the entries, apart from what each site costs whatever its size (ours
 * builds 113 real pages and more components; the issue's goal is per entry).
 */
export function marginal(rows: Row[]): string {
  if (rows.length < 2) return '';
  const [a, b] = [rows[0]!, rows.at(-1)!];
  const per = (x?: Measured, y?: Measured) => (measured(x) && measured(y) ? ((y.build.seconds - x.build.seconds) * 1000) / (b.n - a.n) : undefined);
  const [ours, short] = [per(a.ours, b.ours)!, per(a.short, b.short)];
  return `Build time per 1,000 more entries, from N=${a.n} to N=${b.n} (without each site's cost at any size): ours ${ours.toFixed(2)} s${short === undefined ? '' : `, Starlight with a short sidebar ${short.toFixed(2)} s (${ratio(ours, short)})`}.`;
}

/** The baselines that failed to build, with why and what they took until then. */
export function failures(rows: Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const [kind, r] of baselines(row)) {
      if (!r || measured(r)) continue;
      const { seconds, peakMiB, treePeakMiB, error } = r.build;
      const memory = [peakMiB && `largest process ${peakMiB.toFixed(0)} MiB`, treePeakMiB && `whole process tree ${treePeakMiB.toFixed(0)} MiB`].filter(Boolean).join(', ');
      lines.push(`N=${row.n}, ${kind}: failed after ${seconds.toFixed(1)} s${memory ? ` (peak memory until then: ${memory})` : ''}, saying “${error}”`);
    }
  }
  return lines.length ? `Builds that failed: ${lines.join('; ')}.` : '';
}
