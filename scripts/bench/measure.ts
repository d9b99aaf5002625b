/** Measurements of a build and of its output. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ASTRO_BIN, BUILD_SCRIPT } from '../support/build';
import { median } from './stats';
import { ArrivedLines } from './arrived-lines';
import { PART_PAGES } from '../support/sharded-index.mjs';

export interface BuildMeasure {
  seconds: number;
  /** Peak resident memory of the build's largest process, in MiB (GNU time), if measurable. */
  peakMiB?: number;
  /** Peak resident memory of the whole process tree (the build and its children, Pagefind's indexer among them), in MiB, sampled every 250 ms. */
  treePeakMiB?: number;
  /** Peak resident memory of each part of the build that has a process of its own (Astro's build, Pagefind's indexer), in MiB, sampled with the tree. */
  partPeakMiB?: Partial<Record<BuildPart, number>>;
  /** Seconds of each build phase, read from the build's log (see phasesOf). */
  phases: Phase[];
  /** The heap in use in Astro's process once the knowledge base was built (ours only), in MiB, from the build's log. */
  kbHeapMiB?: number;
  /** Why the build failed, when it was allowed to (see timedBuild): the log's first line that says so. */
  error?: string;
}

export interface Phase {
  name: string;
  seconds: number;
}

const GNU_TIME = '/usr/bin/time';

/** A duration as Astro, Pagefind and the site's own steps state it (784ms, 1.83s, 12m 30s), as a regular expression's group. */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;

/** A log line stating a duration: the words before it, the duration, then what follows it. */
const stating = (before: string, after = '') => new RegExp(`${before}${DURATION}${after}`);

/** The build's line on its knowledge base (src/load/astro.ts): the time of each step, then the heap in use. */
const KB_LINE = new RegExp(
  String.raw`\[kb\] Knowledge base.*: collections read in ${DURATION}, checked against the schemas in ${DURATION} and the content rules in ${DURATION}, indexed in ${DURATION} \(heap in use: (\d+) MiB\)`,
);

/** The heap in use in Astro's process once the knowledge base is built, in MiB, from the build's log. */
export function kbHeapMiB(log: string): number | undefined {
  const heap = KB_LINE.exec(log)?.[5];
  return heap === undefined ? undefined : Number(heap);
}

/** The parts of a build that run in processes of their own. */
export type BuildPart = 'astro' | 'pagefind';

/** Which part of a build a process is, by its command line (arguments apart by NUL, as in /proc): Astro's build, Pagefind's indexer, or neither. */
export function buildPart(cmdline: string): BuildPart | undefined {
  const [program = '', ...args] = cmdline.split('\0');
  if (/^pagefind(_extended)?$/.test(path.basename(program))) return 'pagefind';
  if (args.some((a, i) => path.basename(a) === 'astro.mjs' && args[i + 1] === 'build')) return 'astro';
  return undefined;
}

/** A process's resident memory in bytes, and the part of the build it is. */
interface TreeProcess {
  rss: number;
  part?: BuildPart;
}

const totalRss = (processes: TreeProcess[]) => processes.reduce((sum, p) => sum + p.rss, 0);

/** The resident memory of a process and all its descendants, in bytes (Linux /proc); 0 where /proc is not readable. */
export function treeRss(root: number): number {
  return totalRss(treeProcesses(root));
}

/** A process and all its descendants (Linux /proc); none where /proc is not readable. */
export function treeProcesses(root: number): TreeProcess[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const d of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: TreeProcess[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const rss = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      found.push({ rss, part: buildPart(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')) });
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Where Astro's log renders the pages: the line of its “generating static routes”, and that of the first “✓ Completed in” after it (-1 for either when missing). */
function renderingSpan(lines: string[]): { start: number; end: number } {
  const start = lines.findIndex((l) => l.includes('generating static routes'));
  return { start, end: start < 0 ? -1 : lines.findIndex((l, i) => i > start && /✓ Completed in/.test(l)) };
}

/** The CSP step's line when the step ran while the search index was built (scripts/build.mjs). */
const CSP_ALONGSIDE = /\[kb-csp\] .*, while the search index was built,/;
/** That step's phase: its time is within the search index's phases, not beside them. */
export const CSP_WITHIN_INDEX = 'Content-Security-Policy hashing, while the search index was built (within its time)';

/**
 * The times of a build's log lines and the durations some lines state, as phases. A line's
 * time is when the bench received it (`arrivals`: seconds, one per line, as timedBuild records
 * them), or without them the time of day Astro prints at its start (hh:mm:ss: to the second, which makes
 * a phase under a second 0 or 1 s).
 */
export function phasesOf(log: string, arrivals?: number[]): Phase[] {
  const lines = log.split('\n');
  const printed = (index: number) => {
    const m = /^(\d\d):(\d\d):(\d\d)/.exec(lines[index]!);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  // One clock for the whole log: the two kinds of time are not comparable.
  const clock = arrivals ? (index: number): number | undefined => arrivals[index] : printed;
  const at = (pattern: RegExp) => {
    const index = lines.findIndex((l) => pattern.test(l));
    return index >= 0 ? clock(index) : undefined;
  };
  /** A stated duration (DURATION) in seconds. */
  const seconds = (text: string) => {
    const m = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
    return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : undefined;
  };
  /** The duration the first line stating one after `before` (and before `after`) states. */
  const stated = (before: string, after = '') => {
    const pattern = stating(before, after);
    const m = lines.map((l) => pattern.exec(l)).find(Boolean);
    return m ? seconds(m[1]!) : undefined;
  };
  const latestBefore = (limit: number | undefined, times: (number | undefined)[]) => {
    const before = times.filter((t): t is number => limit !== undefined && t !== undefined && t <= limit);
    return before.length ? Math.max(...before) : undefined;
  };
  const span = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Math.max(0, b - a) : undefined);
  /** Vite's own stated times of its builds (server, then client), between the two lines of Astro's that bracket them. */
  const viteBuilds = () => {
    const from = lines.findIndex((l) => /Building static entrypoints/.test(l));
    const to = lines.findIndex((l, i) => i > from && /Rearranging server assets/.test(l));
    if (from < 0 || to < 0) return undefined;
    const built = stating(String.raw`\[vite\] ✓ built in `);
    const times = lines.slice(from, to).map((l) => built.exec(l)).map((m) => (m ? seconds(m[1]!) : undefined));
    const stated = times.filter((t): t is number => t !== undefined);
    return stated.length ? stated.reduce((a, b) => a + b, 0) : undefined;
  };
  const { end: renderedIndex } = renderingSpan(lines);
  const renderedLine = renderedIndex >= 0 ? lines[renderedIndex] : undefined;
  const rendered = renderedLine ? stating('✓ Completed in ', String.raw`\.`).exec(renderedLine) : undefined;
  const renderedAt = renderedLine ? clock(renderedIndex) : undefined;
  const sum = (...xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? xs.reduce<number>((a, b) => a + b!, 0) : undefined);
  // Ours builds its knowledge base while the first pages render, and states each step (src/load/astro.ts).
  const kb = KB_LINE.exec(log)?.slice(1, 5).map(seconds);
  const [read, schemas, rules, indexed] = kb ?? [];
  const kbSeconds = kb && sum(...kb);
  // The site's own steps after Pagefind's (merging a large site's parts, reading order, shorter page ids) state their times too (scripts/support/search-index.mjs).
  const merged = stated(String.raw`\[search-index\] Parts merged into one index: .* in `, String.raw`\.`) ?? 0;
  const afterPagefind = sum(merged, stated(String.raw`\[search-index\] Pages numbered in reading order: .* in `, String.raw`\.`), stated(String.raw`\[search-index\] Shorter page ids .* in `, String.raw`\.`));
  const searchIndex = stated('Finished building search index in ');
  const renderedSeconds = rendered ? seconds(rendered[1]!) : undefined;
  const phases: [string, number | undefined][] = [
    ['content sync (all collections)', span(at(/\[content\] Syncing content/), at(/\[content\] Synced content/))],
    // Vite's stated times, to the millisecond (older logs: the span between Astro's lines, to the second)
    ['bundling (Vite)', viteBuilds() ?? span(at(/Building static entrypoints/), at(/Rearranging server assets/))],
    ['knowledge base: collections read and indexed', sum(read, indexed)],
    ['knowledge base: schemas and content rules (the integrity check)', sum(schemas, rules)],
    ['rendering pages (without the knowledge base)', renderedSeconds !== undefined && kbSeconds !== undefined ? renderedSeconds - kbSeconds : renderedSeconds],
    // Starlight indexes before the sitemap, in the build; ours after the build (scripts/build.mjs).
    ['links validation, sitemap', span(latestBefore(at(/sitemap/), [renderedAt, at(/Finished building search index/)]), at(/sitemap/))],
    // the step states its own time (older logs: from the sitemap's line to its own, to the second);
    // since it runs while the search index is built (scripts/build.mjs), its time is within that one's
    [CSP_ALONGSIDE.test(log) ? CSP_WITHIN_INDEX : 'Content-Security-Policy hashing', stated(String.raw`\[kb-csp\] .* in `, String.raw`\.`) ?? span(at(/sitemap/), at(/\[kb-csp\]/))],
    ['Pagefind index', searchIndex !== undefined && afterPagefind !== undefined ? searchIndex - afterPagefind : searchIndex],
    [`search index: merging the parts (above ${PART_PAGES.toLocaleString('en')} pages), reading order and shorter page ids (the site’s own, after Pagefind)`, afterPagefind],
  ];
  return phases.filter((p): p is [string, number] => p[1] !== undefined).map(([name, seconds]) => ({ name, seconds }));
}

/**
 * The young-generation collections (scavenges) V8 reports with --trace-gc-nvp while Astro
 * renders the pages (between its “generating static routes” and the next “✓ Completed in”):
 * how many, their pauses in ms, and the bytes they promoted to the old generation.
 */
export function renderScavenges(log: string): { count: number; pauseMs: number; promotedBytes: number } {
  const lines = log.split('\n');
  const { start, end } = renderingSpan(lines);
  const found = { count: 0, pauseMs: 0, promotedBytes: 0 };
  if (start < 0) return found;
  for (const line of lines.slice(start, end < 0 ? undefined : end)) {
    if (!/\bgc=s\b/.test(line)) continue;
    found.count++;
    found.pauseMs += Number(/\bpause=([\d.]+)/.exec(line)?.[1] ?? 0);
    found.promotedBytes += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0);
  }
  return found;
}

/**
 * How a site is built: ours as `npm run build` does (Astro's build, then the search index in
 * a process of its own), plain Starlight by `astro build` (its integration indexes in-process).
 */
export type BuildKind = 'ours' | 'starlight';
const buildArgs = (kind: BuildKind, outDir: string) => (kind === 'ours' ? [BUILD_SCRIPT, '--outDir', outDir] : [ASTRO_BIN, 'build', '--outDir', outDir]);

/**
 * Why a build failed, from its log: the first line that names the failure (V8 running out of
 * heap, an uncaught error, GNU time's note of a killing signal), else the last line.
 */
export function failureOf(log: string): string {
  const lines = log.split('\n').map((l) => l.trim()).filter(Boolean);
  const named = lines.find((l) => /FATAL ERROR|out of memory|terminated by signal|^\w*Error\b|\[ERROR\]/.test(l));
  return (named ?? lines.at(-1) ?? 'no output').slice(0, 300);
}

/**
 * Builds a site (Node's own heap limit unless `heapMiB` is given, so that the memory
 * measured is what an ordinary build needs), timing it and sampling its memory. A failed
 * build throws, unless `allowFailure`: then its measure says why (`error`), with the time and
 * memory it took until it failed.
 */
export async function timedBuild(kind: BuildKind, siteDir: string, outDir: string, heapMiB?: number, allowFailure = false): Promise<BuildMeasure> {
  const astro = buildArgs(kind, outDir);
  const useTime = fs.existsSync(GNU_TIME);
  const cmd = useTime ? GNU_TIME : process.execPath;
  const args = useTime ? ['-f', 'KB_PEAK_KIB=%M', process.execPath, ...astro] : astro;
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, {
    cwd: siteDir,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...(heapMiB ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {}) },
  });
  const output = new ArrivedLines(started);
  output.follow(child.stdout);
  output.follow(child.stderr);
  let treePeak = 0;
  const partPeak: Partial<Record<BuildPart, number>> = {};
  const sampler = setInterval(() => {
    const processes = treeProcesses(child.pid!);
    treePeak = Math.max(treePeak, totalRss(processes));
    for (const { part, rss } of processes) if (part) partPeak[part] = Math.max(partPeak[part] ?? 0, rss / 1024 / 1024);
  }, 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const log = output.text;
  fs.writeFileSync(path.join(siteDir, 'build.log'), log);
  if (status !== 0 && !allowFailure) throw new Error(`build of ${siteDir} failed:\n${log.slice(-3000)}`);
  const peak = /KB_PEAK_KIB=(\d+)/.exec(log)?.[1];
  return {
    seconds,
    peakMiB: peak ? Number(peak) / 1024 : undefined,
    treePeakMiB: treePeak ? treePeak / 1024 / 1024 : undefined,
    partPeakMiB: partPeak,
    phases: phasesOf(log, output.arrivals),
    kbHeapMiB: kbHeapMiB(log),
    ...(status !== 0 ? { error: failureOf(log) } : {}),
  };
}

export function dirBytes(dir: string): number {
  let total = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/** How many HTML pages a built site has. */
export function htmlPages(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

export interface PageMeasure {
  htmlBytes: number;
  gzipBytes: number;
  /** Client JavaScript the page runs: its module scripts' files and inline scripts, in bytes. */
  jsBytes: number;
}

/** Median over a sample of entry pages (the same ids in both sites). */
export function entryPages(outDir: string, ids: string[]): PageMeasure {
  const rows = ids.map((id) => {
    const html = fs.readFileSync(path.join(outDir, 'entries', id, 'index.html'));
    const text = html.toString('utf8');
    let js = 0;
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(?:ld\+)?json"/.test(m[1]!)) continue;
      const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
      if (src && src.startsWith('/')) js += fs.statSync(path.join(outDir, src)).size;
      else js += Buffer.byteLength(m[2]!);
    }
    return { htmlBytes: html.length, gzipBytes: zlib.gzipSync(html).length, jsBytes: js };
  });
  return {
    htmlBytes: median(rows.map((r) => r.htmlBytes)),
    gzipBytes: median(rows.map((r) => r.gzipBytes)),
    jsBytes: median(rows.map((r) => r.jsBytes)),
  };
}
