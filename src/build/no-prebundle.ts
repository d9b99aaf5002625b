/**
 * A workaround for a fixed cost of every `astro build` (Astro 7.3, Vite 8): to sync the
 * content collections, the build starts a Vite dev server of its own, whose client
 * environment pre-bundles with Rolldown the dependencies Astro's own plugins list for the dev
 * toolbar (aria-query, axobject-query, html-escaper and the toolbar's entry) into
 * node_modules/.vite/deps, which nothing in a build reads; and the content config is loaded
 * only once that bundling has ended. On this 2-core machine the content sync started 1.4–1.6 s
 * later for it at 1,000 entries, a cost that does not depend on the site's size (PERFORMANCE.md,
 * “构建”; a minimal reproduction: scripts/bench/astro-prebundle.ts). In `astro build` and
 * `astro sync` this integration gives that server nothing to pre-bundle; `astro dev`, where the
 * toolbar runs, keeps its pre-bundling.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The Astro commands whose Vite dev server serves no browser. */
const WITHOUT_BROWSER = new Set(['build', 'sync']);

type DepsOptions = { optimizeDeps?: { noDiscovery?: boolean; include?: string[] } };

/** Nothing to pre-bundle: no dependency listed, none discovered (Vite's way to turn the optimizer off). */
function nothingToPrebundle(options: DepsOptions): void {
  options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
}

/**
 * The Vite plugin: runs after every other plugin's config hooks (which add to the lists) and
 * empties them, for the whole config and for each environment; only in a dev server (Vite's
 * `serve`). Not through the plugin's `apply`: Astro filters its plugins by that against its own
 * command, `build`, so that the plugin would not reach the content sync's dev server.
 */
export function noPrebundle(): Plugin {
  return {
    name: 'kb-no-prebundle',
    enforce: 'post',
    config: (config, { command }) => (command === 'serve' ? nothingToPrebundle(config) : undefined),
    configEnvironment: (_name, options, { command }) => (command === 'serve' ? nothingToPrebundle(options) : undefined),
  };
}

export function noPrebundleWithoutBrowser(): AstroIntegration {
  return {
    name: 'kb-no-prebundle',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (WITHOUT_BROWSER.has(command)) updateConfig({ vite: { plugins: [noPrebundle()] } });
      },
    },
  };
}
