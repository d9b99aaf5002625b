/**
 * In `astro dev`, a saved file of a collection loaded as data (entries, terms, synonym
 * groups) reloads the open pages, as Astro does when its content store changes: the loader
 * leaves the store as it is for such a save (src/load/data-loader.ts), and the pages read
 * the file itself (src/load/dev.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COLLECTION_NAMES, REGISTRY, type CollectionSpec } from '../kb/registry';

export function devReload(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb-dev-reload',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        const dirs = COLLECTION_NAMES.map((n): CollectionSpec => REGISTRY[n]).filter((spec) => !spec.rendered).map((spec) => path.join(root, spec.dir) + path.sep);
        server.watcher.on('change', (file) => {
          if (file.endsWith('.mdx') && dirs.some((d) => file.startsWith(d))) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
