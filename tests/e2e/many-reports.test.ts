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
