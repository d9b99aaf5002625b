/**
 * The content collections: Starlight's docs and UI strings, and one collection per item
 * of the knowledge base's registry (src/kb/registry.ts). The knowledge-base collections
 * carry no schema here: src/load/astro.ts validates them with the registry's schemas and
 * the content rules, so that every mistake is reported in the same words, in the build
 * and on the page in `astro dev`.
 */
// Not from 'astro:content': that virtual module brings Astro's whole content and rendering
// runtime (about sixty modules) through Vite before the content is synced, in every build and
// `astro dev`; astro/content/config holds the same defineCollection (less a check for live
// collections, which the site has none of). Half a second of each build (PERFORMANCE.md; a minimal
// reproduction: scripts/bench/astro-content-config.ts). These imports from Astro and Starlight
// are loaded by Node, not through Vite (src/build/content-config-from-node.ts).
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { COLLECTION_NAMES, REGISTRY, type CollectionName, type CollectionSpec } from './kb/registry';
import { dataLoader } from './load/data-loader';

/** Loaded as data, no MDX compile; the bodies that pages show (reports, sections …) rendered as Markdown. Files starting with _ are ignored. */
function kbCollection(name: CollectionName) {
  const spec: CollectionSpec = REGISTRY[name];
  return defineCollection({ loader: dataLoader(spec.dir, { markdown: spec.rendered === true }) });
}

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({
    loader: glob({ pattern: '**/[^_]*.json', base: './content/i18n' }),
    schema: i18nSchema(),
  }),
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, kbCollection(name)])) as Record<CollectionName, ReturnType<typeof kbCollection>>),
};
