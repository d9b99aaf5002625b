/**
 * A minimal reproduction of a fixed cost of `astro build` and `astro dev` that the site's
 * content config avoids (src/content.config.ts): a plain Astro site of one page and one content
 * collection of one Markdown file, whose content config takes `defineCollection` from the
 * virtual module `astro:content` (as Astro's documentation writes it) or from
 * `astro/content/config` (the same function, less a check for live collections), built cold
 * in turn, `--repeat` times each. Vite loads the content config through its module runner
 * before the content is synced, and `astro:content` brings Astro's content and rendering
 * runtime with it. For each: how many modules Vite transformed (its own debug log: the build's
 * own bundling is Rolldown's and is not in it), the time from the start to Astro's “Synced
 * content”, and the whole build's; medians, each run listed.
 *
 * Usage: npx tsx scripts/bench/astro-content-config.ts [--repeat 5]
 */
import { parseArgs } from 'node:util';
import { coldBuild, msList, NOTES_COLLECTION, writeTinySite } from './tiny-astro';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
const FROM = ['astro:content', 'astro/content/config'] as const;
type From = (typeof FROM)[number];

const dirs = Object.fromEntries(
  FROM.map((from) => [
    from,
    writeTinySite(`astro-content-config-${from.replace(/[^a-z]+/g, '-')}`, {
      'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
      'src/content.config.ts': `import { defineCollection } from '${from}';\n${NOTES_COLLECTION}`,
    }),
  ]),
) as Record<From, string>;

interface Run {
  transformed: number;
  syncedMs: number;
  totalMs: number;
}

const runs: Record<From, Run[]> = { 'astro:content': [], 'astro/content/config': [] };
for (let i = 0; i < Number(values.repeat); i++) {
  // In turn, and each turn in the other order.
  const order = i % 2 ? [...FROM].reverse() : FROM;
  for (const from of order) {
    const { output, syncedMs, totalMs } = await coldBuild(dirs[from], { DEBUG: 'vite:transform' });
    runs[from].push({ transformed: output.split('\n').filter((line) => line.includes('vite:transform')).length, syncedMs, totalMs });
  }
}
for (const [from, list] of Object.entries(runs)) {
  console.log(`defineCollection from ${from}: modules Vite transformed ${list.map((r) => r.transformed).join(', ')}; to “Synced content” ${msList(list.map((r) => r.syncedMs))}; whole build ${msList(list.map((r) => r.totalMs))}`);
}
