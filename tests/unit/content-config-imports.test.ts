/**
 * The content config and the site's modules it imports stay clear of Astro's virtual modules
 * (`astro:content` and the rest): Vite loads the content config before the content is synced,
 * in every build and in `astro dev`, and `astro:content` brings Astro's whole content and
 * rendering runtime with it (about half a second of a build; PERFORMANCE.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/corpus';

beforeAll(async () => {
  await init;
});

/** The site's module a relative import names, as Vite resolves it (with or without `.ts`, or a folder's index). */
function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  if (!found) throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which is not a file of the site`);
  return found;
}

/** Every module specifier outside the site that `entry` and the site's modules it imports (at any depth) import, with who imports it. */
function importsOutside(entry: string): Map<string, string> {
  const outside = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parse(fs.readFileSync(file, 'utf8'), file);
    for (const { n: specifier } of imports) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else if (!outside.has(specifier)) outside.set(specifier, path.relative(ROOT, file));
    }
  }
  return outside;
}

test('the content config imports none of Astro’s virtual modules, through any of the site’s modules', () => {
  const outside = importsOutside(path.join(ROOT, 'src/content.config.ts'));
  expect(outside.get('astro/content/config')).toBe('src/content.config.ts');
  const virtual = [...outside].filter(([specifier]) => specifier.startsWith('astro:')).map(([specifier, by]) => `${specifier} (imported by ${by})`);
  expect(virtual).toEqual([]);
});
