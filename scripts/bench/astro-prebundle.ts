/**
 * A minimal reproduction of a fixed cost of every `astro build` (src/build/no-prebundle.ts):
 * a plain Astro site of one page and one content collection of one Markdown file (no
 * integration), built cold (Astro's and Vite's caches and the output removed first), once as
 * it is and once with the site's integration that leaves the content sync's dev server
 * nothing to pre-bundle, in turn, `--repeat` times each. For
 * each: whether the build wrote Vite's pre-bundled dependencies (node_modules/.vite/deps, and
 * which), how long Vite took to bundle them (its own debug log), the time from the start to
 * Astro's “Syncing content” (the content config is loaded only once they are bundled), and
 * the whole build's; medians, each run listed.
 *
 * Usage: npx tsx scripts/bench/astro-prebundle.ts [--repeat 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO_BIN, buildEnv } from '../support/build';
import { BENCH_DIR, clear, ROOT } from './sites';
import { median } from './stats';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
const DIR = path.join(BENCH_DIR, 'astro-prebundle');
const DEPS = path.join(DIR, 'node_modules/.vite/deps');
const INTEGRATION = path.relative(DIR, path.join(ROOT, 'src/build/no-prebundle.ts'));

/** The site, under .bench/ so that Astro resolves from the repository's node_modules. */
function writeSite(): void {
  fs.rmSync(DIR, { recursive: true, force: true });
  const files: Record<string, string> = {
    'package.json': '{ "name": "astro-prebundle", "type": "module", "private": true }\n',
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { noPrebundleWithoutBrowser } from ${JSON.stringify(INTEGRATION)};
export default defineConfig({ integrations: process.env.NO_PREBUNDLE === '1' ? [noPrebundleWithoutBrowser()] : [] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { notes: defineCollection({ loader: glob({ pattern: '*.md', base: './notes' }) }) };
`,
    'notes/one.md': '# 一则\n\n长株潭一体化。\n',
    'src/pages/index.astro': '<html lang="zh-CN"><head><meta charset="utf-8"><title>一页</title></head><body><h1>一页</h1></body></html>\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(DIR, file), text);
  }
}

interface Run {
  /** Vite's “Dependencies bundled in” (0 when it bundled nothing). */
  bundleMs: number;
  syncMs: number;
  totalMs: number;
  deps: string[];
}

/** One cold build: the milliseconds to “Syncing content” and to the end, and what Vite pre-bundled. */
function build(noPrebundle: boolean): Promise<Run> {
  clear(DIR, path.join(DIR, 'dist'));
  const started = performance.now();
  let syncMs = NaN;
  const child = spawn(process.execPath, [ASTRO_BIN, 'build'], { cwd: DIR, env: buildEnv({ NO_PREBUNDLE: noPrebundle ? '1' : '0', DEBUG: 'vite:deps' }) });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (Number.isNaN(syncMs) && output.includes('Syncing content')) syncMs = performance.now() - started;
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${output}`));
      const metadata = path.join(DEPS, '_metadata.json');
      const deps = fs.existsSync(metadata) ? Object.keys((JSON.parse(fs.readFileSync(metadata, 'utf8')) as { optimized: object }).optimized) : [];
      const bundleMs = Number(/Dependencies bundled in ([\d.]+)ms/.exec(output)?.[1] ?? 0);
      resolve({ bundleMs, syncMs, totalMs: performance.now() - started, deps });
    }),
  );
}

writeSite();
const runs: Record<'as it is' | 'with no-prebundle', Run[]> = { 'as it is': [], 'with no-prebundle': [] };
for (let i = 0; i < Number(values.repeat); i++) {
  runs['as it is'].push(await build(false));
  runs['with no-prebundle'].push(await build(true));
}
for (const [name, list] of Object.entries(runs)) {
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`${name}: pre-bundling ${ms(list.map((r) => r.bundleMs))}; to “Syncing content” ${ms(list.map((r) => r.syncMs))}; whole build ${ms(list.map((r) => r.totalMs))}`);
  console.log(`  pre-bundled: ${list[0]!.deps.length ? list[0]!.deps.join(', ') : 'nothing'}`);
}
