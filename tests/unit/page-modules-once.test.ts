/**
 * The workaround that keeps each page module's import in Astro's page map still finds the
 * imports in the map Astro writes, and a page's module is then imported once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { importPagesOnce } from '../../src/build/page-modules-once';
import { ROOT } from '../../scripts/support/root';

test('the installed Astro writes the page map this workaround changes', () => {
  const code = fs.readFileSync(path.join(ROOT, 'node_modules/astro/dist/vite-plugin-pages/pages.js'), 'utf8');
  // the line Astro writes for each page, as in its source
  expect(code).toContain('imports.push(`const ${variable} = () => import("${virtualModuleName}");`);');
});

test('each page function keeps the promise of its first import', async () => {
  const map = ['const _page0 = () => import("virtual:astro:page:src/pages/a.astro");', 'const _page1 = () => import("virtual:astro:page:src/pages/b.astro");', 'const pageMap = new Map([["a", _page0], ["b", _page1]]);'].join('\n');
  const changed = importPagesOnce(map);
  expect(changed).toBeDefined();
  expect(changed!.match(/import\(/g)).toHaveLength(2);
  let imports = 0;
  const run = new Function('fakeImport', `${changed!.replaceAll('import(', 'fakeImport(')}\nreturn pageMap;`);
  const pageMap = run((id: string) => Promise.resolve({ id, n: ++imports })) as Map<string, () => Promise<{ id: string }>>;
  const first = await pageMap.get('a')!();
  expect(await pageMap.get('a')!()).toBe(first);
  expect(first.id).toBe('virtual:astro:page:src/pages/a.astro');
  expect((await pageMap.get('b')!()).id).toBe('virtual:astro:page:src/pages/b.astro');
  expect(imports).toBe(2);
});

test('another module is left alone', () => {
  expect(importPagesOnce('export const x = 1;')).toBeUndefined();
});
