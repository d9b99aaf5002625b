/**
 * The sidebar override (src/components/overrides/Sidebar.astro) renders what Starlight's own
 * <Sidebar> renders, with its list reused: it holds as long as the installed Starlight's
 * Sidebar is made of the same parts, in the same order. A Starlight that changes it fails here,
 * so that the override is brought up to date rather than left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/support/root';

/** A component's template (what follows its frontmatter), its whitespace collapsed. */
const template = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/\s+/g, ' ')
    .trim();

test('the installed Starlight’s <Sidebar> is its persister around its list, then the footer for phones, as the override mirrors', () => {
  expect(template(path.join(ROOT, 'node_modules/@astrojs/starlight/dist/components/Sidebar.astro'))).toBe(
    '<SidebarPersister> <SidebarSublist sublist={sidebar} /> </SidebarPersister> <div class="md:sl-hidden"> <MobileMenuFooter /> </div>',
  );
  const override = template(path.join(ROOT, 'src/components/overrides/Sidebar.astro'));
  expect(override).toContain('<SidebarPersister> <SidebarSublist sublist={sidebar} /> </SidebarPersister>');
  expect(override).toMatch(/<div class="md:sl-hidden"> <MobileMenuFooter \/> <\/div>$/);
});
