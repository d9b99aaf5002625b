/**
 * Gate: axe-core (WCAG 2.2 AA rules) in Chromium over every page in the sitemap, and over
 * the search page and the search dialog after interaction. Zero violations.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/corpus';
import { sitemapPaths } from '../support/sitemap';
import { browserForFile } from '../../scripts/support/chromium';
import { waitForSearchStatus } from './search-status';
import { viaDialog } from './search-doors';

const base = inject('baseUrl');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const browser = browserForFile({ beforeAll, afterAll });
let page: Page;

// axe is injected as an inline script, which the pages' Content-Security-Policy rightly
// refuses; these pages bypass the policy (tests/e2e/security.test.ts checks it).
beforeAll(async () => {
  page = await browser().newPage({ bypassCSP: true });
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: AXE });
  const violations = (await p.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) => r.violations)`)) as Violation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}`));
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('every page in the sitemap, and the 404 page, has no violation', async () => {
    const paths = [...sitemapPaths(), '/404.html'];
    expect(paths.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const p of paths) {
      await page.goto(`${base}${p}`);
      for (const v of await axe(page)) found.push(`${p}: ${v}`);
    }
    console.log(`axe: ${paths.length} pages checked, ${found.length} violations`);
    expect(found).toEqual([]);
  }, 600_000);

  test('on a phone (390 × 844), where tables become cards, there is no violation either', async () => {
    const phone = await browser().newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const found: string[] = [];
    for (const p of ['/', '/plans/', '/progress/', '/figures/', '/about/', '/cities/', '/data/', '/entries/xt2023-industry-04/']) {
      await phone.goto(`${base}${p}`);
      for (const v of await axe(phone)) found.push(`${p}: ${v}`);
    }
    await phone.close();
    expect(found).toEqual([]);
  });

  test('the dark theme has no violation either (home, entry, search, figures, progress)', async () => {
    const dark = await browser().newPage({ colorScheme: 'dark', bypassCSP: true });
    const found: string[] = [];
    for (const p of ['/', '/entries/xt2023-industry-04/', '/search/?q=%E7%BB%BF%E5%BF%83', '/figures/', '/progress/', '/plans/']) {
      await dark.goto(`${base}${p}`);
      expect(await dark.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      for (const v of await axe(dark)) found.push(`${p}: ${v}`);
    }
    await dark.close();
    expect(found).toEqual([]);
  });

  test('the search page after a search and a filter, and the search dialog, have no violation', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('绿心')}`);
    await waitForSearchStatus(page);
    await page.check('input[data-facet="状态"][value="已完成"]');
    await page.waitForURL(/status=/);
    expect(await axe(page)).toEqual([]);
    await page.goto(`${base}/`);
    await viaDialog(page, base, '电子健康卡');
    expect(await axe(page)).toEqual([]);
    await viaDialog(page, base, '火箭发射'); // nothing found: the suggestions
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/search/?q=${encodeURIComponent('医疗')}`);
    await waitForSearchStatus(page);
    expect(await axe(page)).toEqual([]);
  });
});
