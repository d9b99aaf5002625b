/**
 * The content config and the site's modules it imports stay clear of Astro's virtual modules
 * (`astro:content` and the rest): Vite loads the content config before the content is synced,
 * in every build and in `astro dev`, and `astro:content` brings Astro's whole content and
 * rendering runtime with it (about half a second of a build; PERFORMANCE.md). And what they
 * import from Astro's packages is left to Node (src/build/content-config-from-node.ts), not
 * loaded module by module through Vite.
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/corpus';
import { CONFIG_IMPORTS_FROM_NODE } from '../../src/build/content-config-from-node';

/** What the content config reaches outside the site (`importsOutside`), read once for both tests. */
let outside: Map<string, string>;

beforeAll(async () => {
  await init;
  outside = importsOutside(path.join(ROOT, 'src/content.config.ts'));
});

/** The site's module a relative import names, as Vite resolves it (with or without `.ts`, or a folder's index). */
function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  if (!found) throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which is not a file of the site`);
  return found;
}

/** Every module specifier outside the site that `entry` and the site's modules it imports (at any depth) import at run time, with who imports it. */
function importsOutside(entry: string): Map<string, string> {
  const outside = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const [imports] = parse(source, file);
    for (const { n: specifier, ss, se } of imports) {
      // Type-only imports are dropped by Vite: they load nothing.
      if (specifier === undefined || /^import\s+type\s/.test(source.slice(ss, se))) continue;
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else if (!outside.has(specifier)) outside.set(specifier, path.relative(ROOT, file));
    }
  }
  return outside;
}

test('the content config imports none of Astro’s virtual modules, through any of the site’s modules', () => {
  expect(outside.get('astro/content/config')).toBe('src/content.config.ts');
  const virtual = [...outside].filter(([specifier]) => specifier.startsWith('astro:')).map(([specifier, by]) => `${specifier} (imported by ${by})`);
  expect(virtual).toEqual([]);
});

/** A package's name from a specifier: `astro` of `astro/loaders`, `@astrojs/starlight` of `@astrojs/starlight/schema`. */
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Whether Astro keeps a package out of Node's hands in its Vite environments (`noExternal`):
 * Astro itself, and any package that Astro takes for one of its own by its package.json
 * (the rules of `crawlFrameworkPkgs` in astro/dist/core/create-vite.js).
 */
function isAstroPackage(name: string): boolean {
  if (name === 'astro') return true;
  const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { name: string; peerDependencies?: object; dependencies?: object; keywords?: string[] };
  return 'astro' in (json.peerDependencies ?? {}) || 'astro' in (json.dependencies ?? {}) || !!json.keywords?.some((k) => k === 'astro' || k === 'astro-component') || /^(?:@[^/]+\/)?astro-/.test(json.name);
}

test('what the content config’s modules import from Astro’s packages is left to Node, each by its name', () => {
  // Node's own modules and virtual ones (`astro:`, checked above) are no package's.
  const fromAstro = [...outside.keys()].filter((specifier) => !isBuiltin(specifier) && !specifier.includes(':') && isAstroPackage(packageName(specifier)));
  const throughVite = fromAstro.filter((specifier) => !CONFIG_IMPORTS_FROM_NODE.includes(specifier)).map((specifier) => `${specifier} (imported by ${outside.get(specifier)})`);
  expect(throughVite, 'add these to CONFIG_IMPORTS_FROM_NODE in src/build/content-config-from-node.ts').toEqual([]);
  expect(fromAstro.sort()).toEqual([...CONFIG_IMPORTS_FROM_NODE].sort());
});
