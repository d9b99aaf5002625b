/**
 * In `astro dev`: the knowledge base's files are watched a folder at a time rather than by
 * Vite's watcher (kb-watch.ts says why), which is told of their changes as before; and a
 * saved file of a collection loaded as data (entries, terms, synonym groups) reloads the open
 * pages, as Astro does when its content store changes: the loader leaves the store as it is
 * for such a save (src/load/data-loader.ts), and the pages read the file itself (src/load/dev.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COLLECTION_NAMES, REGISTRY, type CollectionSpec } from '../kb/registry';
import { feedKbEvents, kbFilePatterns } from './kb-watch';

const SPECS: CollectionSpec[] = COLLECTION_NAMES.map((n): CollectionSpec => REGISTRY[n]);
/** The knowledge base's folders, relative to the root. */
const KB_DIRS = SPECS.map((spec) => spec.dir);

export function devReload(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb-dev-reload',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: kbFilePatterns(KB_DIRS) } } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!feedKbEvents(server.watcher, root, KB_DIRS)) logger.warn('无法监视知识库的文件夹（系统允许的文件监视数可能已用完）：打开的页面不会在保存后自动重新载入，新增或删除的文件要重启 astro dev 才会反映在页面列表中。');
        const dirs = SPECS.filter((spec) => !spec.rendered).map((spec) => path.join(root, spec.dir) + path.sep);
        server.watcher.on('change', (file) => {
          if (file.endsWith('.mdx') && dirs.some((d) => file.startsWith(d))) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
