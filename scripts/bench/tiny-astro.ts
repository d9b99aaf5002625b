/**
 * A plain Astro site of one page and one content collection of one Markdown file, for the
 * minimal reproductions of Astro's own fixed costs (astro-prebundle.ts, astro-content-config.ts),
 * and its cold build, timed from the start to Astro's “Syncing content” and “Synced content”.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ASTRO_BIN, buildEnv } from '../support/build';
import { BENCH_DIR, clear } from './sites';
import { median } from './stats';

/** The content config's lines after its imports: one collection of the Markdown files in notes/. */
export const NOTES_COLLECTION = `import { glob } from 'astro/loaders';
export const collections = { notes: defineCollection({ loader: glob({ pattern: '*.md', base: './notes' }) }) };
`;

/** The folder of the site named `name`: under .bench/, so that Astro resolves from the repository's node_modules. */
export const tinySiteDir = (name: string): string => path.join(BENCH_DIR, name);

/** Writes the site in its folder (`tinySiteDir`), with its config and content config as given; returns the folder. */
export function writeTinySite(name: string, files: { 'astro.config.mjs': string; 'src/content.config.ts': string }): string {
  const dir = tinySiteDir(name);
  fs.rmSync(dir, { recursive: true, force: true });
  const all: Record<string, string> = {
    'package.json': `{ "name": ${JSON.stringify(name)}, "type": "module", "private": true }\n`,
    'notes/one.md': '# 一则\n\n长株潭一体化。\n',
    'src/pages/index.astro': '<html lang="zh-CN"><head><meta charset="utf-8"><title>一页</title></head><body><h1>一页</h1></body></html>\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export interface ColdBuild {
  /** What the build printed, both streams. */
  output: string;
  /** Milliseconds from the start to “Syncing content”, to “Synced content” and to the end. */
  syncMs: number;
  syncedMs: number;
  totalMs: number;
}

/** One build of the site in `dir` with Astro's and Vite's caches and the output removed first. */
export function coldBuild(dir: string, env: Record<string, string> = {}): Promise<ColdBuild> {
  clear(dir, path.join(dir, 'dist'));
  const started = performance.now();
  const run: ColdBuild = { output: '', syncMs: NaN, syncedMs: NaN, totalMs: NaN };
  const child = spawn(process.execPath, [ASTRO_BIN, 'build'], { cwd: dir, env: buildEnv(env) });
  child.stdout.on('data', (chunk: Buffer) => {
    run.output += chunk.toString();
    if (Number.isNaN(run.syncMs) && run.output.includes('Syncing content')) run.syncMs = performance.now() - started;
    if (Number.isNaN(run.syncedMs) && run.output.includes('Synced content')) run.syncedMs = performance.now() - started;
  });
  child.stderr.on('data', (chunk: Buffer) => (run.output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${run.output}`));
      run.totalMs = performance.now() - started;
      resolve(run);
    }),
  );
}

/** A list of milliseconds as its median, then each run. */
export function msList(xs: number[]): string {
  return `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
}
