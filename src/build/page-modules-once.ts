/**
 * A workaround for a per-page cost of Astro 7's build: its map of page modules
 * (`virtual:astro:pages`) gives each route a function that calls `import()`, and the build
 * calls it for every page it renders. The module is loaded once, but each call still goes
 * through Node's module loader (resolving, looking up the loaded module, tracing): about
 * 0.1 ms a page at 10,000 entries, in a profile of the build. This Vite plugin makes each
 * function keep the promise of its first call. If Astro's code changes so that no such
 * function is found, the plugin warns and leaves the module as it is
 * (tests/unit/page-modules-once.test.ts).
 */
import type { Plugin } from 'vite';
import { modulePatch } from './module-patch';

export const PAGES_MODULE = /^\0virtual:astro:pages$/;
const PAGE_IMPORT = /^const (_page\d+) = \(\) => (import\("[^"\n]+"\));$/gm;

/** The page map's module with each page's import kept; undefined if there is none. */
export function importPagesOnce(code: string): string | undefined {
  const changed = code.replace(PAGE_IMPORT, 'let $1Loaded;\nconst $1 = () => ($1Loaded ??= $2);');
  return changed === code ? undefined : changed;
}

export const pageModulesOnce = (): Plugin =>
  modulePatch({
    name: 'kb-page-modules-once',
    apply: 'build',
    module: PAGES_MODULE,
    change: importPagesOnce,
    warning: 'Astro’s page map (virtual:astro:pages) no longer has the page imports this workaround keeps; each page’s module is imported anew again.',
  });
