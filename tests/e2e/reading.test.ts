/**
 * Reading on a phone and a desktop, in Chromium: every built page fits the screen
 * without sideways scrolling and every table cell is wide enough to read; the home page
 * leads to every tool; the Atom feed is valid and lists the newest entry.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlFiles, pagePath } from '../../src/build/html';
import { REFERENCE_PAGES } from '../../src/config/sidebar';
import { urls } from '../../src/kb/urls';
import { browserForFile } from '../../scripts/support/chromium';
import { kb, ROOT } from '../support/corpus';
import { lastCommitDate } from '../../src/build/git-dates';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
const pages = htmlFiles(path.join(ROOT, 'dist')).map(pagePath);
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
/** The narrowest a table cell may be, in characters of its own font size. */
const MIN_CHARS = 4;

/** What does not fit on a page: its sideways overflow, and its table cells narrower than MIN_CHARS characters. */
async function misfits(page: Page): Promise<{ overflow: number; narrow: string[] }> {
  return page.evaluate(`(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const narrow = [];
    for (const cell of document.querySelectorAll('main table td, main table th')) {
      if (!cell.textContent.trim() || cell.closest('[hidden]')) continue;
      const style = getComputedStyle(cell);
      const width = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width < ${MIN_CHARS} * parseFloat(style.fontSize) - 0.5) narrow.push(cell.textContent.trim().slice(0, 12) + ' (' + Math.round(width) + 'px)');
    }
    return { overflow, narrow };
  })()`);
}

describe.each(SCREENS)('every page on a $name ($width × $height)', (screen) => {
  test('fits the screen, and every table cell is readable', async () => {
    const context = await browser().newContext({ viewport: { width: screen.width, height: screen.height } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const p of pages) {
      await page.goto(`${base}${p}`);
      const { overflow, narrow } = await misfits(page);
      if (overflow > 0) problems.push(`${p}: scrolls sideways by ${overflow}px`);
      if (narrow.length) problems.push(`${p}: narrow cells ${narrow.slice(0, 3).join('、')}${narrow.length > 3 ? ` … (${narrow.length})` : ''}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('the home page', () => {
  test('links to every tool and to the outlook, and has a search box that works without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    const outlook = kb.passages.find((p) => p.kind === 'outlook');
    for (const tool of [...REFERENCE_PAGES.map((p) => p.href), ...(outlook ? [urls.passage('outlook')] : [])]) expect(hrefs, tool).toContain(tool);
    await page.fill('#kb-home-q', '轨道交通');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#kb-home-q', 'Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=轨道交通');
    await context.close();
  });

  test('shows how many entries have each status, each linking to them', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    const items = await page.locator('.kb-status-summary a').evaluateAll((as) => as.map((a) => [a.querySelector('.kb-status-label')!.textContent, Number(a.querySelector('.kb-status-count')!.textContent), (a as HTMLAnchorElement).search]));
    expect(items.reduce((n, [, c]) => n + (c as number), 0)).toBe(kb.entries.length);
    for (const [label, , search] of items) expect(decodeURIComponent(search as string)).toContain(`status=${label}`);
    await page.close();
  });

  test('has the site’s menu on a phone, and no title character alone on a line', async () => {
    for (const width of [390, 768, 1024, 1366, 1920]) {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      if (width < 800) expect(await page.locator('button[popovertarget="starlight__sidebar"]').isVisible(), `${width}`).toBe(true);
      // the last line of the title holds more than one character
      const lastLine = await page.evaluate(`(() => {
        const h1 = document.querySelector('.hero h1');
        const range = document.createRange();
        range.selectNodeContents(h1);
        const rects = [...range.getClientRects()];
        const bottom = Math.max(...rects.map((r) => r.bottom));
        const size = parseFloat(getComputedStyle(h1).fontSize);
        return rects.filter((r) => Math.abs(r.bottom - bottom) < 2).reduce((w, r) => w + r.width, 0) / size;
      })()`);
      expect(lastLine as number, `${width}`).toBeGreaterThan(1.5);
      await context.close();
    }
  });
});

describe('the Atom feed', () => {
  test('is linked from every page, is valid Atom, and lists the newest entry', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/`);
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(urls.feed());
    expect(await page.locator(`main a[href="${urls.feed()}"]`).count()).toBeGreaterThan(0);
    const res = await page.request.get(`${base}${urls.feed()}`);
    expect(res.headers()['content-type']).toContain('xml');
    const xml = await res.text();
    const report = await page.evaluate(`((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const NS = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const one = (el, name) => [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
      const missing = [];
      if (feed.namespaceURI !== NS || feed.localName !== 'feed') missing.push('feed');
      for (const name of ['id', 'title', 'updated']) if (one(feed, name).length !== 1) missing.push('feed/' + name);
      if (!one(feed, 'author').length) missing.push('feed/author');
      if (!one(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) missing.push('feed/link[self]');
      const entries = one(feed, 'entry');
      entries.forEach((e, i) => {
        for (const name of ['id', 'title', 'updated']) if (one(e, name).length !== 1) missing.push('entry ' + i + '/' + name);
        if (!one(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) missing.push('entry ' + i + '/link');
        if (!one(e, 'summary').length && !one(e, 'content').length) missing.push('entry ' + i + '/summary');
        for (const name of ['updated', 'published']) for (const d of one(e, name)) if (isNaN(Date.parse(d.textContent))) missing.push('entry ' + i + '/' + name + ' date');
      });
      const updated = entries.map((e) => Date.parse(one(e, 'updated')[0].textContent));
      return { missing, count: entries.length, sorted: updated.every((u, i) => i === 0 || updated[i - 1] >= u), first: one(entries[0], 'link')[0].getAttribute('href') };
    })(${JSON.stringify(xml)})`);
    expect(report).toMatchObject({ missing: [], sorted: true });
    const { count, first } = report as { count: number; first: string };
    expect(count).toBeGreaterThan(0);
    expect(first).toMatch(/^https?:\/\//);
    // the entry changed last (by git) is in the feed
    const dated = kb.entries.map((e) => ({ e, at: lastCommitDate(e.file)?.getTime() ?? 0 }));
    const newest = dated.reduce((a, b) => (b.at > a.at ? b : a));
    expect(xml).toContain(`${urls.entry(newest.e.id)}</id>`);
    await page.close();
  });
});
