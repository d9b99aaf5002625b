/**
 * A workaround for a fixed cost of every `astro build` and `astro dev` (Astro 7.3, Vite 8):
 * Vite loads the content config (src/content.config.ts) in an environment of its own
 * (`astro`), where Astro keeps its own package and Starlight's from Node (`noExternal`). So
 * the few functions the config takes from them (defineCollection, the glob loader, zod,
 * Starlight's schemas) come through Vite with every module they import, about seventy: Astro's
 * errors, loaders and image-size readers, Starlight's schemas and its file-tree icons. Vite
 * loads them one import after another before the content is synced, while Node itself has
 * most of them loaded already for Astro's own use.
 *
 * This plugin has that environment leave to Node the packages' entry points named in
 * CONFIG_IMPORTS_FROM_NODE (Vite: a dependency listed in `external` by its exact name wins over
 * `noExternal`). They are plain JavaScript that imports no virtual module; the site's own
 * modules still go through Vite. tests/unit/content-config-imports.test.ts checks that every
 * import of these packages that the content config reaches is in the list.
 */
import type { Plugin } from 'vite';

/** Astro's environment that loads the content config and runs its loaders. */
const CONTENT_CONFIG_ENVIRONMENT = 'astro';

/** The entry points of Astro and Starlight that the content config's modules import. */
export const CONFIG_IMPORTS_FROM_NODE = ['astro/content/config', 'astro/loaders', 'astro/zod', '@astrojs/starlight/schema'];

export function contentConfigFromNode(): Plugin {
  return {
    name: 'kb-content-config-from-node',
    configEnvironment: (name) => (name === CONTENT_CONFIG_ENVIRONMENT ? { resolve: { external: CONFIG_IMPORTS_FROM_NODE } } : undefined),
  };
}
