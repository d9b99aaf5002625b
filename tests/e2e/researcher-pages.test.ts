/** The researcher pages in Chromium: charts, the progress matrix, citations, and a phone screen. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { kb } from '../support/corpus';
import { browserForFile } from '../../scripts/support/chromium';
import { waitForSearchStatus } from './search-status';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
let page: Page;

beforeEach(async () => {
  await page?.context().close();
  const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
});

describe('researcher pages', () => {
  test('a chart is an accessible SVG with its data table beside it', async () => {
    await page.goto(`${base}${urls.figures()}`);
    const chart = page.locator('#amounts ~ figure.kb-chart').first();
    const svg = chart.locator('svg[role="img"]');
    expect(await svg.getAttribute('aria-labelledby')).toBe('chart-amounts-title chart-amounts-desc');
    expect(await svg.locator('title').textContent()).toBe('报告所述金额（亿元）');
    expect(await svg.locator('rect.kb-chart-bar').count()).toBe(4);
    const cells = await chart.locator('table td.kb-num').allInnerTexts();
    expect(cells).toEqual(['160.6', '87.2', '12', '10']);
    // widths follow the values
    const widths = await svg.locator('rect.kb-chart-bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]! / widths[3]!).toBeCloseTo(16.06, 1);
  });

  test('no chart JavaScript is shipped: the figures page loads only the site scripts', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base}${urls.figures()}`);
    await page.waitForLoadState('networkidle');
    // by the module's name, without the content hash Vite adds (a hash such as nnwnzD3s is not d3)
    const names = scripts.map((s) => s.replace(/\.[\w-]{8}\.js$/, ''));
    expect(names.filter((s) => /d3|chart/i.test(s))).toEqual([]);
  });

  test('a matrix cell of the progress board leads to the right filtered list', async () => {
    await page.goto(`${base}${urls.progress()}`);
    const cell = page.locator('table.kb-matrix a[aria-label^="抓公共服务共建共享：已完成"]');
    const expected = kb.entriesOfCategory('services').filter((e) => e.status === 'done');
    expect(await cell.innerText()).toBe(String(expected.length));
    await cell.click();
    await waitForSearchStatus(page);
    const got = await page.locator('[data-testid="search-results"] a.kb-result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(got.sort()).toEqual(expected.map((e) => urls.entry(e.id)).sort());
  });

  test('the copied citation carries the address the reader is on and today’s date (GB/T 7714)', async () => {
    const path = urls.entry('xt2023-services-06');
    await page.goto(`${base}${path}`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const text = await page.locator('.kb-citation-text output').innerText();
    expect(text).toBe(`湘潭市长株潭一体化发展事务中心. 推动长株潭医疗联合体建设[EB/OL]. 湘潭·长株潭一体化知识库, 2023${text.match(/2023(\(\d{4}-\d{2}-\d{2}\))?/)![1] ?? ''}[${today}]. ${base}${path}.`);
    await page.click('button.kb-copy');
    await expect.poll(() => page.locator('.kb-copy-status').innerText()).toBe('已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // the status stands apart from the button
    const [button, status] = await Promise.all([page.locator('button.kb-copy').boundingBox(), page.locator('.kb-copy-status').boundingBox()]);
    expect(status!.x - (button!.x + button!.width)).toBeGreaterThanOrEqual(8);
  });

  test('RIS and BibTeX records download for reference managers', async () => {
    await page.goto(`${base}${urls.entry('xt2023-services-06')}`);
    const [ris, bib] = await Promise.all(['.ris', '.bib'].map((ext) => page.locator(`.kb-citation-files a[download$="${ext}"]`).getAttribute('href')));
    const risText = decodeURIComponent(ris!.slice(ris!.indexOf(',') + 1));
    expect(risText).toMatch(/^TY {2}- ELEC\r\n/);
    expect(risText).toContain('TI  - 推动长株潭医疗联合体建设\r\n');
    expect(risText).toMatch(/UR {2}- http.*\/entries\/xt2023-services-06\/\r\n/);
    expect(risText.trimEnd().endsWith('ER  -')).toBe(true);
    const bibText = decodeURIComponent(bib!.slice(bib!.indexOf(',') + 1));
    expect(bibText).toMatch(/^@online\{xt2023-services-06,\n/);
    expect(bibText).toContain('title = {推动长株潭医疗联合体建设}');
  });

  test('without JavaScript the citation is still there, and no dead button shows', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${base}${urls.entry('xt2023-services-06')}`);
    expect(await p.locator('.kb-citation-text output').innerText()).toContain('[EB/OL]');
    expect(await p.locator('.kb-citation-text output').innerText()).toContain('[引用日期]');
    expect(await p.locator('.kb-citation-how').innerText()).toContain('请把“引用日期”换成您访问本页的日期');
    expect(await p.locator('button.kb-copy').isVisible()).toBe(false);
    await context.close();
  });

  test('pages fit a 375 px phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of [urls.progress(), urls.figures(), urls.plans(), urls.cities(), urls.entry('xt2023-industry-04'), urls.search()]) {
      await page.goto(`${base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
