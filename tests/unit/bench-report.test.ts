/** The bench reports a baseline that failed to build (out of memory, say) with what it took until then, instead of ending the run. */
import { expect, test } from 'vitest';
import { buildPart, failureOf, type BuildMeasure } from '../../scripts/bench/measure';
import { buildRuns, failures, flatness, laterRuns, marginal, measured, phaseTable, table, turnsFaster, type Row, type SiteResult } from '../../scripts/bench/report';
import type { SearchMeasure } from '../../scripts/bench/browser';

const search = (ms: number): SearchMeasure => ({ firstBytes: 1000, scriptBytes: 500, firstMs: ms, laterMs: ms, firstInPageMs: ms, laterInPageMs: ms });
const built = (seconds: number, extra: Partial<BuildMeasure> = {}): BuildMeasure => ({ seconds, peakMiB: 900, treePeakMiB: 1000, phases: [{ name: 'content sync (all collections)', seconds: 2 }], ...extra });
const site = (seconds: number, htmlBytes: number): SiteResult => ({
  build: built(seconds),
  outputBytes: 1 << 20,
  pages: 1000,
  pagefindBytes: 1 << 20,
  entryPage: { htmlBytes, gzipBytes: htmlBytes / 4, jsBytes: 1000 },
  entryPageScriptBytes: 1000,
  search: search(100),
});
const oom = '<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\nCommand terminated by signal 6';
const failed = { build: { ...built(612.34, { peakMiB: 4321, treePeakMiB: 4400, partPeakMiB: { astro: 4300 } }), error: failureOf(oom) } };
const cells = (md: string, metric: string) => md.split('\n').find((l) => l.startsWith(`| 100000 | ${metric} |`))?.split(' | ').slice(2);

test('the failure named in a build log: V8’s heap running out, a signal, an error; else the last line', () => {
  expect(failureOf(oom)).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  expect(failureOf('building…\nCommand terminated by signal 9\n')).toBe('Command terminated by signal 9');
  expect(failureOf('10:00:00 [build] Building\nRangeError: Invalid string length\n    at JSON.stringify')).toBe('RangeError: Invalid string length');
  expect(failureOf('step one\nsomething odd happened\n\n')).toBe('something odd happened');
  expect(failureOf('')).toBe('no output');
});

test('a failed baseline shows its time and memory until it failed, no ratio, and — for what was not measured', () => {
  const rows: Row[] = [{ n: 100000, ours: site(400, 36000), short: failed }];
  expect(measured(failed)).toBe(false);
  const md = table(rows, { firstPages: 5, filteredLabel: '城市：湘潭' });
  expect(cells(md, 'build time')).toEqual(['400.0 s', '—', '612.3 s until it failed', '— |']);
  expect(cells(md, 'peak memory, largest process')).toEqual(['900 MiB', '—', '4321 MiB until it failed', '— |']);
  expect(cells(md, 'peak memory, Astro’s build process')).toEqual(['—', '—', '4300 MiB until it failed', '— |']);
  expect(cells(md, 'build time per page built')).toEqual(['400.00 ms', '—', '—', '— |']);
  expect(cells(md, 'pages built')).toEqual(['1,000', '—', '—', '— |']);
  expect(failures(rows)).toBe('Builds that failed: N=100000, Starlight, short sidebar: failed after 612.3 s (peak memory until then: largest process 4321 MiB, whole process tree 4400 MiB), saying “FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory”.');
  expect(phaseTable(rows)).toContain('| 100000 | short sidebar (until it failed) | content sync (all collections) | 2.0 | 0% |');
});

test('growth across sizes compares only the baselines built at both', () => {
  const rows: Row[] = [
    { n: 10000, ours: site(40, 36000), short: site(42, 16000) },
    { n: 100000, ours: site(400, 36360), short: failed },
  ];
  expect(flatness(rows)).toBe('Entry page HTML from N=10000 to N=100000: ours 1.0%, Starlight with a short sidebar —.');
  expect(marginal(rows)).toBe('Build time per 1,000 more entries, from N=10000 to N=100000 (without each site\'s cost at any size): ours 4.00 s.');
  expect(failures([rows[0]!])).toBe('');
});

test('the parts of a build by their processes’ command lines: Astro’s build (also when our build script starts it), Pagefind’s indexer', () => {
  const cmd = (...args: string[]) => args.join('\0') + '\0';
  expect(buildPart(cmd('/usr/bin/node', '/work/main/node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist'))).toBe('astro');
  expect(buildPart(cmd('/work/main/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'))).toBe('pagefind');
  expect(buildPart(cmd('/usr/local/bin/pagefind', '--service'))).toBe('pagefind');
  expect(buildPart(cmd('/usr/bin/node', '/work/main/scripts/build.mjs', '--outDir', 'dist'))).toBeUndefined();
  expect(buildPart(cmd('/usr/bin/node', '/work/main/node_modules/astro/bin/astro.mjs', 'dev'))).toBeUndefined();
  expect(buildPart(cmd('/work/main/node_modules/@esbuild/linux-x64/bin/esbuild', '--service=0.25.0'))).toBeUndefined();
});

test('builds run by run are paired turn by turn: in how many turns ours was faster than the short sidebar', () => {
  const runs = (seconds: number[]): SiteResult => ({ ...site(seconds[0]!, 36000), buildRuns: seconds });
  const rows: Row[] = [
    { n: 1000, ours: runs([11.8, 10.0, 9.6]), short: runs([8.4, 10.2, 9.3]) },
    { n: 10000, ours: runs([40, 41]), short: failed },
    { n: 100000, ours: runs([400, 410]), short: runs([420]) },
  ];
  // the medians (10.0 against 9.3) would hide that ours was faster in one turn of three
  expect(turnsFaster(rows[0]!)).toEqual({ faster: 1, turns: 3 });
  expect(turnsFaster(rows[1]!)).toBeUndefined();
  expect(turnsFaster(rows[2]!)).toBeUndefined();
  const md = buildRuns(rows);
  expect(md).toContain('N=1000, ours: 11.8, 10.0, 9.6 s');
  expect(md).toContain('Turns in which ours built faster than Starlight with a short sidebar: N=1000: 1 of 3.');
  expect(buildRuns([{ n: 1000, ours: site(10, 36000), short: site(9, 16000) }])).toBe('');
});

test('time per 1,000 entries counts the entries both sites hold (the synthetic ones and the report’s own), N when a row does not say', () => {
  const row = (entries?: number): Row => ({ n: 100000, ...(entries ? { entries } : {}), ours: site(400, 36000), short: site(500, 16000) });
  expect(cells(table([row(100061)], { firstPages: 5, filteredLabel: '城市：湘潭' }), 'build time per 1,000 entries')).toEqual(['4.0 s', '—', '5.0 s', '0.80 |']);
  expect(cells(table([row(125000)], { firstPages: 5, filteredLabel: '城市：湘潭' }), 'build time per 1,000 entries')).toEqual(['3.2 s', '—', '4.0 s', '0.80 |']);
  expect(cells(table([row()], { firstPages: 5, filteredLabel: '城市：湘潭' }), 'build time per 1,000 entries')).toEqual(['4.0 s', '—', '5.0 s', '0.80 |']);
});

test('later searches are listed query by query: ours split at its engine’s marks, beside plain Pagefind on the same query', () => {
  const withRuns = (runs: SearchMeasure['laterRuns']): SearchMeasure => ({ ...search(80), laterRuns: runs });
  const floorRow = { query: '轨道交通', results: 9443, searchMs: 70, pagefindTimings: { chunksMs: 12, wasmMs: 55 }, fragmentsMs: 15, paintMs: 8 };
  const ours: SiteResult = {
    ...site(400, 36000),
    search: withRuns([
      { query: '轨道交通', ms: 91.4, steps: { start: 1, candidates: 70.2, read: 82.9, rendered: 84 } },
      { query: '看病', ms: 60 },
    ]),
    dialog: withRuns([{ query: '轨道交通', ms: 88.6 }]),
    pagefindShownFloorRows: [floorRow],
  };
  const md = laterRuns([{ n: 1000, ours: site(10, 36000) }, { n: 100000, ours, short: site(420, 16000) }]);
  expect(md).toContain(
    "N=100000: 轨道交通: search page 91 ms (Pagefind's answer in hand at 70, the first results read at 83), header dialog 89 ms; plain Pagefind 93 ms (9,443 results; its index chunks 12, WebAssembly 55 ms); 看病: search page 60 ms.",
  );
  // a row whose search page timed no later query (N=1000 here) is left out
  expect(md).not.toContain('N=1000:');
  expect(laterRuns([{ n: 1000, ours: site(10, 36000) }])).toBe('');
});
