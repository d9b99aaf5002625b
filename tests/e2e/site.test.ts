/** What a reader sees in a real browser: the home page, an entry page, and the header search. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserForFile } from '../../scripts/support/chromium';
import { waitForSearchStatus } from './search-status';
import { viaDialog } from './search-doors';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
let page: Page;

beforeAll(async () => {
  page = await browser().newPage();
});

describe('in Chromium', () => {
  test('the home page renders in Chinese, with the report sections and the 六融三抓 frame', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('湘潭·长株潭一体化知识库');
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain('凝聚共识');
    const text = await main.innerText();
    expect(text).toContain('理念融、设施融、产业融、规则融、要素融、人文融');
    expect(text).toContain('抓融城片区规划设计');
    expect(text).toContain('星光不负赶路人');
  });

  test('an entry page shows its verbatim text, its place and its metadata', async () => {
    await page.goto(`${base}/entries/xt2023-services-05/`);
    expect(await page.locator('h1').innerText()).toBe('在全省率先完成电子健康卡环境应用改造');
    expect(await page.locator('blockquote').innerText()).toContain('加大电子健康卡推广应用力度');
    expect(await page.locator('.kb-breadcrumbs').innerText()).toContain('抓公共服务共建共享');
    expect(await page.locator('table.kb-meta').innerText()).toContain('已完成');
  });

  test('the header search dialog finds an entry by a Chinese word', async () => {
    expect(await viaDialog(page, base, '电子健康卡')).toContain('/entries/xt2023-services-05/');
  });

  test('the 404 page is in Chinese and its search box leads to the search page', async () => {
    const response = await page.goto(`${base}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('页面未找到（404）');
    await page.fill('#q404', '潭信贷');
    await page.press('#q404', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForSearchStatus(page);
    expect(await page.locator('[data-testid="search-results"] a').first().getAttribute('href')).toBe('/entries/xt2023-reform-07/');
  });
});
