/**
 * In Chromium: what a first search and later searches cost, on our search page and in a
 * plain Starlight site's search dialog; and the script bytes an entry page loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface SearchMeasure {
  /** Bytes of /pagefind/ files downloaded from opening the page to the first results. */
  firstBytes: number;
  /** Milliseconds from submitting the first query to its results on screen. */
  firstMs: number;
  /** Median milliseconds of the later queries. */
  laterMs: number;
}

function countBytes(context: BrowserContext, filter: (path: string) => boolean) {
  const counter = { bytes: 0 };
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!filter(url.pathname)) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) counter.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  return counter;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Our search page: type, submit, wait for the status line. */
export async function measureOurSearch(browser: Browser, base: string, queries: string[]): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const counter = countBytes(context, (p) => p.startsWith('/pagefind/'));
  const page = await context.newPage();
  await page.goto(`${base}/search/`);
  await settle(page);
  const times: number[] = [];
  let firstBytes = 0;
  for (const [i, q] of queries.entries()) {
    const t = performance.now();
    await page.fill('#kb-q', q);
    await page.press('#kb-q', 'Enter');
    await page.waitForFunction((query) => (document.querySelector('#kb-search-status')?.textContent ?? '').includes(query), q);
    times.push(performance.now() - t);
    if (i === 0) {
      await settle(page);
      firstBytes = counter.bytes;
    }
  }
  await context.close();
  return { firstBytes, firstMs: times[0]!, laterMs: median(times.slice(1)) };
}

/** Starlight's search dialog on the plain site: open, type, wait for a result link. */
export async function measureBaselineSearch(browser: Browser, base: string, queries: string[]): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const counter = countBytes(context, (p) => p.startsWith('/pagefind/'));
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await settle(page);
  await page.locator('button[data-open-modal]:not([disabled])').click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input');
  await input.waitFor();
  const times: number[] = [];
  let firstBytes = 0;
  for (const [i, q] of queries.entries()) {
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('dialog[open] .pagefind-ui__result-link'));
    const t = performance.now();
    await input.fill(q);
    await page.waitForFunction(() => document.querySelector('dialog[open] .pagefind-ui__result-link'), null, { timeout: 60_000 });
    times.push(performance.now() - t);
    if (i === 0) {
      await settle(page);
      firstBytes = counter.bytes;
    }
  }
  await context.close();
  return { firstBytes, firstMs: times[0]!, laterMs: median(times.slice(1)) };
}

/** Script bytes an entry page loads in the browser (all modules it imports included). */
export async function scriptBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const counter = countBytes(context, (p) => /\.m?js$/.test(p) && !p.startsWith('/pagefind/'));
  const page = await context.newPage();
  await page.goto(url);
  await settle(page);
  await context.close();
  return counter.bytes;
}
