/**
 * The search page of a site with more reports than it lists as 来源 values, in Chromium: an
 * earlier report, chosen from its report page's link, gets a box of its own, checked, and
 * the results are that report's entries; unchecking it takes it out of the address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, readBuilt, type BuildResult } from '../../scripts/support/build';
import { browserForFile } from '../../scripts/support/chromium';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server';
import type { Kb } from '../../src/kb/model';
import { sourceLabel } from '../../src/kb/place';
import { urls } from '../../src/kb/urls';
import { siteWithSyntheticReports } from '../support/synthetic-site';
import { COUNT_ON_PAGES } from '../../src/search/client/facet-counts';
import { PAGE_TYPES } from '../../src/search/page-types';
import { CITIES, STATUSES } from '../../src/kb/schemas/vocab';
import { waitForSearchStatus } from './search-status';

const browser = browserForFile({ beforeAll, afterAll });
let site = '';
let kb: Kb;
let build: BuildResult;
let server: StaticServer;

beforeAll(async () => {
  ({ site, kb } = siteWithSyntheticReports());
  build = buildSite(site);
  if (build.status !== 0) throw new Error(build.output.slice(-2000));
  server = await serveStatic(build.outDir);
}, 300_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(site, { recursive: true, force: true });
  if (build) fs.rmSync(build.outDir, { recursive: true, force: true });
});

test('an earlier report chosen from its page gets a checked 来源 box on the search page, and its entries', async () => {
  const oldest = [...kb.sources].sort((a, b) => a.year - b.year)[0]!;
  const label = sourceLabel(oldest);
  const reportPage = readBuilt(build.outDir, path.join(urls.source(oldest.id), 'index.html'));
  const href = reportPage.match(/href="(\/search\/\?[^"]+)">[^<]*在搜索页中浏览和筛选/)?.[1]?.replaceAll('&amp;', '&');
  expect(href).toBeTruthy();

  const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url + href);
  await waitForSearchStatus(page);
  const box = page.locator(`input[data-facet="来源"][value="${label}"]`);
  await expect(box.count()).resolves.toBe(1);
  await expect(box.isChecked()).resolves.toBe(true);
  expect(await page.locator('#kb-search-status').textContent()).toContain(String(kb.entriesOfSource(oldest.id).length));

  // on a phone the filters fold into a panel: unfold it if it is folded
  if (!(await page.locator('#kb-filter-panel').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('#kb-filter-panel > summary').click();
  await box.uncheck();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('source'));
  await page.close();
});

test('counts and filters a large result set on the index’s filter data, as the knowledge base has it, and later searches stay unslowed by it', async () => {
  const entries = kb.entries;
  expect(entries.length).toBeGreaterThan(COUNT_ON_PAGES);
  const page = await browser().newPage();
  const count = (facet: string, value: string) =>
    page.locator(`input[data-facet="${facet}"][value="${value}"] ~ .kb-facet-count`).innerText().then((t) => Number(t.replace(/[（）]/g, '')));
  await page.goto(`${server.url}/search/?type=${encodeURIComponent(PAGE_TYPES.entry)}`);
  await waitForSearchStatus(page);
  expect(await page.locator('#kb-search-status').textContent()).toContain(String(entries.length));
  // every city (a page may have several) and every status, as many as the entries have
  for (const [code, city] of Object.entries(CITIES)) {
    await expect.poll(() => count('城市', city)).toBe(entries.filter((e) => e.cities.includes(code as keyof typeof CITIES)).length);
  }
  for (const [code, status] of Object.entries(STATUSES)) expect(await count('状态', status)).toBe(entries.filter((e) => e.status === code).length);

  // a city chosen: its entries, and every status counted among them
  const [code, city] = Object.entries(CITIES)[0]!;
  const ofCity = entries.filter((e) => e.cities.includes(code as keyof typeof CITIES));
  await page.check(`input[data-facet="城市"][value="${city}"]`);
  await page.waitForURL(/city=/);
  await waitForSearchStatus(page, new RegExp(`共找到 ${ofCity.length} 个`));
  for (const [s, status] of Object.entries(STATUSES)) await expect.poll(() => count('状态', status)).toBe(ofCity.filter((e) => e.status === s).length);

  // Pagefind is never asked to filter, so it never loads its filter data (which it would then count on every search)
  const filterFiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/pagefind/filter/')).length);
  expect(filterFiles).toBeGreaterThan(0); // read by the facet index
  // (as source text: the test's own transform would rewrite an import() in a function)
  const pagefindFilters = await page.evaluate("(async () => Object.keys((await (await import('/pagefind/pagefind.js')).search('湘潭')).filters))()");
  expect(pagefindFilters).toEqual([]);
  await page.close();
});
