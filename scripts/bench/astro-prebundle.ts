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
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './sites';
import { coldBuild, msList, NOTES_COLLECTION, tinySiteDir, writeTinySite } from './tiny-astro';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
const NAME = 'astro-prebundle';
const INTEGRATION = path.relative(tinySiteDir(NAME), path.join(ROOT, 'src/build/no-prebundle.ts'));
const DIR = writeTinySite(NAME, {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { noPrebundleWithoutBrowser } from ${JSON.stringify(INTEGRATION)};
export default defineConfig({ integrations: process.env.NO_PREBUNDLE === '1' ? [noPrebundleWithoutBrowser()] : [] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';\n${NOTES_COLLECTION}`,
});
const DEPS = path.join(DIR, 'node_modules/.vite/deps');

interface Run {
  /** Vite's “Dependencies bundled in” (0 when it bundled nothing). */
  bundleMs: number;
  syncMs: number;
  totalMs: number;
  deps: string[];
}

/** One cold build: the milliseconds to “Syncing content” and to the end, and what Vite pre-bundled. */
async function build(noPrebundle: boolean): Promise<Run> {
  const { output, syncMs, totalMs } = await coldBuild(DIR, { NO_PREBUNDLE: noPrebundle ? '1' : '0', DEBUG: 'vite:deps' });
  const metadata = path.join(DEPS, '_metadata.json');
  const deps = fs.existsSync(metadata) ? Object.keys((JSON.parse(fs.readFileSync(metadata, 'utf8')) as { optimized: object }).optimized) : [];
  const bundleMs = Number(/Dependencies bundled in ([\d.]+)ms/.exec(output)?.[1] ?? 0);
  return { bundleMs, syncMs, totalMs, deps };
}

const runs: Record<'as it is' | 'with no-prebundle', Run[]> = { 'as it is': [], 'with no-prebundle': [] };
for (let i = 0; i < Number(values.repeat); i++) {
  runs['as it is'].push(await build(false));
  runs['with no-prebundle'].push(await build(true));
}
for (const [name, list] of Object.entries(runs)) {
  console.log(`${name}: pre-bundling ${msList(list.map((r) => r.bundleMs))}; to “Syncing content” ${msList(list.map((r) => r.syncMs))}; whole build ${msList(list.map((r) => r.totalMs))}`);
  console.log(`  pre-bundled: ${list[0]!.deps.length ? list[0]!.deps.join(', ') : 'nothing'}`);
}
