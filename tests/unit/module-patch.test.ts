/** A dependency workaround changes only its module, and warns (keeping the module) when the module no longer has what it changes. */
import { expect, test } from 'vitest';
import { moduleId, modulePatch } from '../../src/build/module-patch';
import { PAGES_MODULE } from '../../src/build/page-modules-once';

const patch = modulePatch({
  name: 'test-patch',
  module: /dep\/dist\/mod\.js$/,
  change: (code) => (code.includes('old') ? code.replace('old', 'new') : undefined),
  warning: 'the workaround found nothing to change',
});

function run(code: string, id: string) {
  const warnings: string[] = [];
  const { handler } = patch.transform as { handler: (this: unknown, code: string, id: string) => unknown };
  const out = handler.call({ warn: (w: string) => warnings.push(w) }, code, id);
  return { out, warnings };
}

test('the module is changed, its query ignored', () => {
  expect(run('const old = 1;', '/x/node_modules/dep/dist/mod.js?v=1')).toEqual({ out: { code: 'const new = 1;', map: null }, warnings: [] });
});

test('another module is left alone, without a warning', () => {
  expect(run('const old = 1;', '/x/node_modules/dep/dist/other.js')).toEqual({ out: undefined, warnings: [] });
});

test('the module without what the workaround changes is kept, with a warning', () => {
  expect(run('const x = 1;', '/x/node_modules/dep/dist/mod.js')).toEqual({ out: undefined, warnings: ['the workaround found nothing to change'] });
});

test('the bundler is told to call the hook for the module alone, with or without a query (a hook filter)', () => {
  const { filter } = patch.transform as { filter: { id: RegExp } };
  expect(filter.id.test('/x/node_modules/dep/dist/mod.js')).toBe(true);
  expect(filter.id.test('/x/node_modules/dep/dist/mod.js?v=1')).toBe(true);
  expect(filter.id.test('/x/node_modules/dep/dist/mod.jsx')).toBe(false);
  expect(filter.id.test('/x/node_modules/dep/dist/other.js')).toBe(false);
  expect(moduleId(PAGES_MODULE).test('\0virtual:astro:pages')).toBe(true);
  expect(moduleId(PAGES_MODULE).test('\0virtual:astro:pages-other')).toBe(false);
});
