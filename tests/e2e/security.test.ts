/**
 * Gate: every page keeps to its Content-Security-Policy in Chromium (the <meta> in the
 * page, and frame-ancestors from `_headers`, which the test server sends as a real host would):
 * no violation on load, nor while a reader searches, filters, switches theme, copies a
 * citation or opens the phone menu. And the policy is really enforced.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { sitemapPaths } from '../support/sitemap';
import { browserForFile } from '../../scripts/support/chromium';
import { waitForSearchStatus } from './search-status';
import { viaDialog } from './search-doors';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });

/** A page that records every CSP violation, from the document and from the console. */
async function watchedPage(options: Parameters<ReturnType<typeof browser>['newPage']>[0] = {}): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser().newPage(options);
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  const violations = async () => {
    const fromPage = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    return [...fromPage, ...console.splice(0)];
  };
  return { page, violations };
}

describe('Content-Security-Policy', () => {
  test('every page in the sitemap, and the 404 page, carries the policy and keeps to it', async () => {
    const { page, violations } = await watchedPage();
    const paths = [...sitemapPaths(), '/404.html'];
    const found: string[] = [];
    for (const p of paths) {
      const response = await page.goto(`${base}${p}`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], p).toMatch(/frame-ancestors 'none'/);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), p).toBe(1);
      for (const v of await violations()) found.push(`${p}: ${v}`);
    }
    console.log(`CSP: ${paths.length} pages loaded, ${found.length} violations`);
    expect(found).toEqual([]);
    await page.close();
  }, 300_000);

  test('searching (dialog and page, traditional characters too), filtering, theme, copying and the phone menu break no rule', async () => {
    const { page, violations } = await watchedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${base}/`);
    await viaDialog(page, base, '電子健康卡');
    await viaDialog(page, base, '火箭发射');
    await page.keyboard.press('Escape');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.goto(`${base}${urls.search()}?q=${encodeURIComponent('長株潭都市圈')}`);
    await waitForSearchStatus(page, /繁体/);
    await page.click('#kb-more');
    await page.check('input[data-facet="状态"][value="推进中"]');
    await page.waitForURL(/status=/);
    await waitForSearchStatus(page);

    await page.goto(`${base}${urls.entry('xt2023-services-06')}`);
    await page.click('button.kb-copy');
    await expect.poll(() => page.locator('.kb-copy-status').innerText()).toBe('已复制。');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}${urls.entry('xt2023-industry-04')}`);
    await page.click('#starlight__on-this-page--mobile');
    await page.locator('#starlight__mobile-toc[open]').waitFor();
    await page.click('button.sl-menu-button');
    await page.locator('#starlight__sidebar').waitFor({ state: 'visible' });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('is enforced: an injected inline script does not run, an unlisted style attribute does not apply', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${base}/`);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1;';
      document.head.append(script);
      const p = document.createElement('p');
      p.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(p);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: (window as unknown as { __injected?: number }).__injected, color: getComputedStyle(p).color };
    });
    expect(outcome.ran).toBeUndefined();
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(seen.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    await page.close();
  });
});
