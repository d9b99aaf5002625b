/**
 * A minimal reproduction of two fixed costs of `astro build` and `astro dev` that the site's
 * content config avoids (src/content.config.ts, src/build/content-config-from-node.ts): a plain
 * Astro site of one page and one content collection of one Markdown file, built cold in turn,
 * `--repeat` times each, three ways. Its content config takes `defineCollection` from the
 * virtual module `astro:content` (as Astro's documentation writes it), or from
 * `astro/content/config` (the same function, less a check for live collections), or from there
 * with the site's Vite plugin that leaves what the content config imports from Astro to Node. Vite loads
 * the content config through its module runner before the content is synced: `astro:content`
 * brings Astro's content and rendering runtime with it, and Astro's own modules (the glob
 * loader's) come through Vite one by one unless left to Node. For each: how many modules Vite
 * transformed (its own debug log: the build's own bundling is Rolldown's and is not in it), the
 * time from the start to Astro's “Synced content”, and the whole build's; medians, each run listed.
 *
 * Usage: npx tsx scripts/bench/astro-content-config.ts [--repeat 5]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './sites';
import { coldBuild, msList, NOTES_COLLECTION, tinySiteDir, writeTinySite } from './tiny-astro';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });

/** The three ways, each a tiny site of its own. */
const WAYS = {
  'astro:content': { from: 'astro:content', fromNode: false },
  'astro/content/config': { from: 'astro/content/config', fromNode: false },
  'astro/content/config, Astro’s modules from Node': { from: 'astro/content/config', fromNode: true },
} as const;
type Way = keyof typeof WAYS;
const NAMES = Object.keys(WAYS) as Way[];
const siteName = (i: number) => `astro-content-config-${i + 1}`;

/** A config with the site's own plugin (src/build/content-config-from-node.ts), imported from the site of `name`. */
function configFromNode(name: string): string {
  const plugin = path.relative(tinySiteDir(name), path.join(ROOT, 'src/build/content-config-from-node.ts'));
  return `import { defineConfig } from 'astro/config';
import { contentConfigFromNode } from ${JSON.stringify(plugin)};
export default defineConfig({ vite: { plugins: [contentConfigFromNode()] } });
`;
}

const dirs = Object.fromEntries(
  NAMES.map((way, i) => [
    way,
    writeTinySite(siteName(i), {
      'astro.config.mjs': WAYS[way].fromNode ? configFromNode(siteName(i)) : "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
      'src/content.config.ts': `import { defineCollection } from '${WAYS[way].from}';\n${NOTES_COLLECTION}`,
    }),
  ]),
) as Record<Way, string>;

interface Run {
  transformed: number;
  syncedMs: number;
  totalMs: number;
}

const runs = Object.fromEntries(NAMES.map((way) => [way, [] as Run[]])) as Record<Way, Run[]>;
for (let i = 0; i < Number(values.repeat); i++) {
  // In turn, and each turn in the other order.
  const order = i % 2 ? [...NAMES].reverse() : NAMES;
  for (const way of order) {
    const { output, syncedMs, totalMs } = await coldBuild(dirs[way], { DEBUG: 'vite:transform' });
    runs[way].push({ transformed: output.split('\n').filter((line) => line.includes('vite:transform')).length, syncedMs, totalMs });
  }
}
for (const [way, list] of Object.entries(runs)) {
  console.log(`defineCollection from ${way}: modules Vite transformed ${list.map((r) => r.transformed).join(', ')}; to “Synced content” ${msList(list.map((r) => r.syncedMs))}; whole build ${msList(list.map((r) => r.totalMs))}`);
}
