/**
 * In Chromium: what a first search and later searches cost, on our search page and in a
 * plain Starlight site's search dialog; and the script bytes an entry page loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface SearchMeasure {
  /** Bytes of the search's files (/pagefind/ and /search-data.json) downloaded from opening the page to the first results. */
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

/**
 * Opens a page, gets it ready, then times each query: `prepare` runs untimed before it,
 * `search` is timed. Pagefind bytes are counted up to the first query's results.
 */
async function timeQueries(
  browser: Browser,
  url: string,
  queries: string[],
  steps: { ready(page: Page): Promise<void>; prepare(page: Page): Promise<void>; search(page: Page, q: string): Promise<void> },
): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const counter = countBytes(context, (p) => p.startsWith('/pagefind/') || p === '/search-data.json');
  const page = await context.newPage();
  await page.goto(url);
  await settle(page);
  await steps.ready(page);
  const times: number[] = [];
  let firstBytes = 0;
  for (const [i, q] of queries.entries()) {
    await steps.prepare(page);
    const t = performance.now();
    await steps.search(page, q);
    times.push(performance.now() - t);
    if (i === 0) {
      await settle(page);
      firstBytes = counter.bytes;
    }
  }
  await context.close();
  return { firstBytes, firstMs: times[0]!, laterMs: median(times.slice(1)) };
}

/** Our search page: type, submit, wait for the status line. */
export function measureOurSearch(browser: Browser, base: string, queries: string[]): Promise<SearchMeasure> {
  return timeQueries(browser, `${base}/search/`, queries, {
    ready: async () => {},
    prepare: async () => {},
    search: async (page, q) => {
      await page.fill('#kb-q', q);
      await page.press('#kb-q', 'Enter');
      await page.waitForFunction((query) => (document.querySelector('#kb-search-status')?.textContent ?? '').includes(query), q);
    },
  });
}

/** Our header dialog on an entry page: open, type, wait for its status line to report the query. */
export function measureOurDialog(browser: Browser, base: string, queries: string[], entryPath: string): Promise<SearchMeasure> {
  const input = (page: Page) => page.locator('dialog[open] #kb-dialog-q');
  return timeQueries(browser, `${base}${entryPath}`, queries, {
    ready: async (page) => {
      await page.locator('button[data-open-modal]:not([disabled])').click();
      await input(page).waitFor();
    },
    prepare: async () => {},
    search: async (page, q) => {
      await input(page).fill(q);
      await input(page).press('Enter');
      await page.waitForFunction((query) => (document.querySelector('dialog[open] .kb-dialog-status')?.textContent ?? '').includes(query), q);
    },
  });
}

/** Starlight's search dialog on the plain site: open, type, wait for a result link. */
export function measureBaselineSearch(browser: Browser, base: string, queries: string[]): Promise<SearchMeasure> {
  const input = (page: Page) => page.locator('dialog[open] .pagefind-ui__search-input');
  return timeQueries(browser, `${base}/`, queries, {
    ready: async (page) => {
      await page.locator('button[data-open-modal]:not([disabled])').click();
      await input(page).waitFor();
    },
    prepare: async (page) => {
      await input(page).fill('');
      await page.waitForFunction(() => !document.querySelector('dialog[open] .pagefind-ui__result-link'));
    },
    search: async (page, q) => {
      await input(page).fill(q);
      await page.waitForFunction(() => document.querySelector('dialog[open] .pagefind-ui__result-link'), null, { timeout: 60_000 });
    },
  });
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
