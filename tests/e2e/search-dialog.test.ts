/** The header search dialog: the site's own engine and cards, in Chinese, keyboard and Back included. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { kb } from '../support/corpus';
import { browserForFile } from '../../scripts/support/chromium';
import { viaDialog, viaPage } from './search-doors';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await browser().newPage();
});

const dialog = () => page.locator('dialog.kb-search-dialog');
const isOpen = () => dialog().evaluate((d) => (d as HTMLDialogElement).open);

describe('the header search dialog', () => {
  test('makes no word segmenter on a page view (its first costs the page 25–70 ms), but right after a pointer comes to the button, without waiting for an idle moment', async () => {
    // counts the Chinese word segmenters the page makes (Pagefind makes its own when it searches)
    await page.addInitScript(`(() => {
      const Made = Intl.Segmenter;
      window.kbSegmenters = 0;
      Intl.Segmenter = class extends Made { constructor(...args) { super(...args); window.kbSegmenters++; } };
    })()`);
    const made = () => page.evaluate('window.kbSegmenters') as Promise<number>;
    await page.goto(`${base}${urls.entry(kb.entries[0]!.id)}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(await made()).toBe(0);
    // made soon after a pointer comes, even on a page busy with one task after another (no idle
    // moment: while the dialog opens and the engine loads, there is often none before the first keystroke)
    const madeWhileBusy = await page.evaluate(`new Promise((done) => {
      const end = performance.now() + 600;
      const next = new MessageChannel();
      next.port1.onmessage = () => { const until = performance.now() + 20; while (performance.now() < until); if (performance.now() < end) next.port2.postMessage(0); else done(window.kbSegmenters); };
      document.querySelector('button[data-open-modal]').dispatchEvent(new PointerEvent('pointerenter'));
      next.port2.postMessage(0);
    })`);
    expect(madeWhileBusy).toBeGreaterThan(0);
    await page.locator('button[data-open-modal]:not([disabled])').click();
    await page.fill('dialog[open] #kb-dialog-q', '电子健康卡');
    await expect.poll(() => page.locator('dialog[open] .kb-dialog-status').textContent()).toContain('电子健康卡');
    expect(await page.locator('dialog[open] [data-testid="dialog-results"] a').first().getAttribute('href')).toContain(urls.entry('xt2023-services-05'));
  });

  test('fetches nothing of the search on a page view, and starts fetching it when a pointer comes to the button', async () => {
    const fetched: string[] = [];
    page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const search = () => fetched.filter((p) => p.startsWith('/pagefind/') || p === '/search-data.json');
    expect(search()).toEqual([]);
    await page.locator('button[data-open-modal]:not([disabled])').hover();
    await expect.poll(search).toEqual(expect.arrayContaining(['/pagefind/pagefind-worker.js', '/search-data.json']));
    expect(await isOpen()).toBe(false);
  });

  test('shows the site’s cards in Chinese: title, category, status, an excerpt with the match marked, never raw metadata', async () => {
    const paths = await viaDialog(page, base, '电子健康卡');
    const entry = kb.entries.find((e) => e.text.includes('电子健康卡'))!;
    expect(paths[0]).toBe(urls.entry(entry.id));
    const card = dialog().locator('li.kb-result').first();
    expect(await card.locator('h3').innerText()).toBe(entry.title);
    expect(await card.locator('.kb-badge-status').innerText()).toMatch(/^(已完成|已获批|已启动|推进中|谋划中)$/);
    expect(await card.locator('mark').first().innerText()).toBe('电子健康卡');
    const text = await dialog().innerText();
    expect(text).toMatch(/共找到 \d+ 个结果/);
    for (const raw of ['Aliases', 'Order:', 'Category', 'results for', 'Load more', 'Clear', 'No results']) expect(text).not.toContain(raw);
    // each title once
    expect(text.split(entry.title).length - 1).toBe(1);
  });

  test('describes plans and terms by what they are, not by the headings of their page', async () => {
    const plan = kb.plans[0]!;
    await viaDialog(page, base, plan.title);
    const planCard = dialog().locator(`li.kb-result:has(a[href="${urls.plan(plan.id)}"])`);
    const planLead = await planCard.locator('.kb-result-excerpt').innerText();
    for (const role of plan.roles) expect(planLead).toContain(role);
    expect(planLead).not.toContain('提及本文件的条目（');
    const term = kb.terms[0]!;
    await viaDialog(page, base, term.term);
    const termLead = await dialog().locator(`li.kb-result:has(a[href="${urls.term(term.id)}"]) .kb-result-excerpt`).innerText();
    expect(termLead).toContain(term.definition.slice(0, 10));
    expect(termLead).not.toContain('使用本术语的条目与段落');
    // the label that says whose the definition is stands apart from it, not run into its first words
    expect(termLead).not.toMatch(/(编者释义|释义取自原文)[^：]/);
    // nor the full stops Pagefind adds after blocks (又作：都市圈.)
    expect(termLead).not.toMatch(/[^\x00-\x7F]\.(\s|…|$)/);
  });

  test('finds with the same engine as the search page, traditional characters and synonyms too', async () => {
    for (const q of ['醫療', '看病', '160.6亿元']) {
      const fromDialog = await viaDialog(page, base, q);
      const fromPage = await viaPage(await browser().newPage(), base, q);
      expect(fromDialog.length, q).toBeGreaterThan(0);
      expect(fromDialog, q).toEqual(fromPage);
    }
    expect(await dialog().locator('.kb-dialog-status').innerText()).toContain('160.6亿元');
  });

  test('says what it also searched, and links to the search page with the same query', async () => {
    await viaDialog(page, base, '看病');
    expect(await dialog().locator('.kb-dialog-status').innerText()).toMatch(/也搜索了：.*就医/);
    const link = dialog().locator('a.kb-dialog-page');
    expect(await link.innerText()).toBe('在搜索页中筛选');
    expect(new URL((await link.getAttribute('href'))!, base).search).toBe(`?q=${encodeURIComponent('看病')}`);
    await link.click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(await page.inputValue('#kb-q')).toBe('看病');
  });

  test('shows the results of what is typed without Enter', async () => {
    await page.goto(`${base}/`);
    await page.locator('button[data-open-modal]:not([disabled])').click();
    await dialog().locator('#kb-dialog-q').pressSequentially('电子健康卡', { delay: 30 });
    await expect.poll(async () => (await dialog().locator('.kb-dialog-status').innerText()).includes('电子健康卡')).toBe(true);
    const entry = kb.entries.find((e) => e.text.includes('电子健康卡'))!;
    expect(await dialog().locator('li.kb-result a').first().getAttribute('href')).toBe(urls.entry(entry.id));
    // Enter on what is already shown keeps it: the same result cards, no search again
    const first = await dialog().locator('li.kb-result').first().elementHandle();
    await dialog().locator('#kb-dialog-q').press('Enter');
    await page.waitForTimeout(300);
    expect(await first!.evaluate((li) => li.isConnected)).toBe(true);
  });

  test('suggests terms and categories when nothing is found', async () => {
    const paths = await viaDialog(page, base, '火箭发射');
    expect(paths).toEqual([]);
    expect(await dialog().locator('.kb-dialog-status').innerText()).toContain('没有找到结果');
    const suggested = await dialog().locator('.kb-suggestions a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const c of kb.categories) expect(suggested).toContain(urls.category(c.id));
  });

  test('opens with Ctrl+K, traps focus, closes with Escape and gives focus back', async () => {
    await page.goto(`${base}/`);
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.locator('button[data-open-modal]').focus();
    await page.keyboard.press('Control+k');
    await expect.poll(isOpen).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kb-dialog-q');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-open-modal'))).toBe(true);
  });

  test('keeps the query on Back from a result', async () => {
    const paths = await viaDialog(page, base, '潭信贷');
    // The query is kept in the page's history entry once the results are painted.
    await page.waitForFunction(() => (history.state as { kbDialogQuery?: string } | null)?.kbDialogQuery === '潭信贷');
    await dialog().locator('a.kb-result-title').first().click();
    await page.waitForURL(`${base}${paths[0]}`);
    await page.goBack();
    await expect.poll(isOpen).toBe(true);
    expect(await dialog().locator('input[type="search"]').inputValue()).toBe('潭信贷');
    await expect.poll(() => dialog().locator('a.kb-result-title').count()).toBeGreaterThan(0);
  });
});
