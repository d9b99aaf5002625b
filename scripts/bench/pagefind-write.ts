/**
 * A minimal reproduction of Pagefind's own cost at scale, which is most of the search
 * index's step of the site's build at 100,000 entries (BENCHMARKS-100k.md): N pages of one
 * sentence each (the real report's sentences in turn, and the page's number), no filters,
 * no metadata, indexed with Pagefind's Node API and its defaults, as the site's build does
 * (`addDirectory`, then `writeFiles`); for each N the seconds of the two calls, per page, and
 * the peak resident memory of the process tree (this script and Pagefind's service, which
 * holds the index: sampled every 100 ms), per page. Then the same pages through Pagefind's
 * command line with --verbose, whose status lines split its work into steps: reading the
 * pages, copying them per language, building the indexes, compressing and writing the files
 * (each timed from one line to the next, per page). Per page, not every step stays flat: see
 * PERFORMANCE.md, “Pagefind：建索引的用时和内存”, for where in Pagefind's code the time and memory go.
 *
 * Usage: npx tsx scripts/bench/pagefind-write.ts [--sizes 10000,30000,100000]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { ROOT } from '../support/root';
import { treeRss } from './measure';
import { writePages } from './tiny-site';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,30000,100000' } } });
const sentences = fs
  .readFileSync(path.join(ROOT, 'content/sources/xiangtan-2023.txt'), 'utf8')
  .split(/[。\n]/)
  .map((s) => s.trim())
  .filter((s) => s.length >= 10);

/** The status lines of Pagefind's command line that start each step, and the step's name. */
const STEPS: [string, string][] = [
  ['[Parsing files]', 'reading pages'],
  ['[Reading languages]', 'copying per language'],
  ['[Building search indexes]', 'building indexes'],
  ['Language ', 'compressing and writing'],
];

/** Seconds of each step of Pagefind's command line on the pages in `dir`. */
function cliSteps(dir: string, out: string): Promise<number[]> {
  const binary = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${os.arch()}/bin/pagefind_extended`);
  const cli = spawn(binary, ['--site', dir, '--output-path', out, '--verbose'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const starts: number[] = [];
  let pending = '';
  cli.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (STEPS[starts.length] && line.startsWith(STEPS[starts.length]![0])) starts.push(performance.now());
  });
  return new Promise((resolve, reject) => {
    cli.on('error', reject);
    cli.on('exit', (code) => {
      if (code !== 0 || starts.length < STEPS.length) return reject(new Error(`pagefind exited with ${code} after ${starts.length} of its steps`));
      const ends = [...starts.slice(1), performance.now()];
      resolve(starts.map((start, i) => (ends[i]! - start) / 1000));
    });
  });
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start) / 1000];
}

const rows: string[] = [];
console.log(`| pages | addDirectory | per page | writeFiles | per page | peak memory (tree) | per page |`);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of values.sizes!.split(',').map(Number)) {
  const dir = writePages('pagefind-write-', n, (i) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}页</title></head><body><main><h1>第${i}页</h1><p>${sentences[i % sentences.length]}。</p></main></body></html>`,
  );
  const out = path.join(os.tmpdir(), `pagefind-write-out-${n}`);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 100);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  const [added, addSeconds] = await timed(() => index.addDirectory({ path: dir }));
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const [, writeSeconds] = await timed(() => index.writeFiles({ outputPath: out }));
  clearInterval(sampler);
  await pagefind.close();
  const ms = (s: number) => `${((s * 1000) / n).toFixed(2)} ms`;
  const mib = peak / 1024 / 1024;
  console.log(`| ${n} | ${addSeconds.toFixed(1)} s | ${ms(addSeconds)} | ${writeSeconds.toFixed(1)} s | ${ms(writeSeconds)} | ${mib.toFixed(0)} MiB | ${((mib * 1024) / n).toFixed(0)} KiB |`);
  fs.rmSync(out, { recursive: true, force: true });
  const steps = await cliSteps(dir, out);
  rows.push(`| ${n} | ${steps.map((s) => `${s.toFixed(1)} s (${ms(s)})`).join(' | ')} |`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
}
console.log(`\nPagefind's command line on the same pages, each step (per page):\n`);
console.log(`| pages | ${STEPS.map(([, name]) => name).join(' | ')} |`);
console.log(`| --- | ${STEPS.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(row);
