/** The workaround that builds StarlightPage's frontmatter schema once still finds its line in the installed Starlight. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { memoizeSchema } from '../../src/build/starlight-page-schema';
import { ROOT } from '../../scripts/support/root';


const starlightDir = path.join(ROOT, 'node_modules/@astrojs/starlight');

test('the installed Starlight has the line, and the schema is then built once', () => {
  const code = fs.readFileSync(path.join(starlightDir, 'dist/utils/starlight-page.js'), 'utf8');
  const changed = memoizeSchema(code);
  expect(changed).toBeDefined();
  expect(changed).toContain('(kbPageSchema ??= StarlightPageFrontmatterSchema(');
  expect(changed!.split('\n').length).toBe(code.split('\n').length + 1);
});

test('another module is left alone', () => {
  expect(memoizeSchema('export const x = 1;')).toBeUndefined();
});
