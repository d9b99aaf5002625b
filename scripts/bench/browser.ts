/**
 * In Chromium: what a first search and later searches cost, on our search page and in a
 * plain Starlight site's search dialog; and the script bytes an entry page loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median } from './stats';

export interface SearchMeasure {
  /** Bytes of the search's files (/pagefind/ and /search-data.json) downloaded from opening the page to the first results. */
  firstBytes: number;
  /** Bytes of the page's own scripts (outside /pagefind/) downloaded over the same span: the search's code that is not Pagefind's. */
  scriptBytes: number;
  /** Milliseconds from submitting the first query to its results on screen. */
  firstMs: number;
  /** Median milliseconds of the later queries. */
  laterMs: number;
  /**
   * The same, timed inside the page, without the browser driver's own round trips: from the
   * typed change (the input event: both our doors and Pagefind's dialog search as one types)
   * to the frame after the results are on screen.
   */
  firstInPageMs: number;
  laterInPageMs: number;
  /** Where the first search was measured on several fresh pages (withFreshFirsts): each one's in-page time, in order. */
  firstRuns?: number[];
  /** Each later query's in-page time, in order (the median is laterInPageMs). */
  laterRuns?: LaterRun[];
}

/** One later search, timed in the page. */
export interface LaterRun {
  query: string;
  ms: number;
  /**
   * Ours only: when each step of our engine ended, in milliseconds from the typed change (its
   * kb-search marks: candidates, Pagefind's answer in hand; read, the results shown first read;
   * rendered), so that a search's time can be split between Pagefind and the rest.
   */
  steps?: Record<string, number>;
}

/**
 * A first search happens once per page, and one sample of it swings widely (at 100,000
 * entries 300 to 450 ms from one fresh page to the next on this machine). So it is measured
 * on `pages` fresh pages, each in a browser context of its own (nothing cached), and the
 * median of them reported, each run kept; the later searches and the bytes are those of the
 * first page, which searches every query.
 */
export async function withFreshFirsts(measure: (queries: string[]) => Promise<SearchMeasure>, queries: string[], pages: number): Promise<SearchMeasure> {
  const full = await measure(queries);
  const firsts = [full];
  for (let i = 1; i < pages; i++) firsts.push(await measure(queries.slice(0, 1)));
  return {
    ...full,
    firstMs: median(firsts.map((f) => f.firstMs)),
    firstInPageMs: median(firsts.map((f) => f.firstInPageMs)),
    firstRuns: firsts.map((f) => f.firstInPageMs),
  };
}

/** When a search starts and when its results are on screen, as the page sees them. */
interface InPageClock {
  /** `enter`: a keydown of Enter starts it; `input`: each input event does. */
  start: 'enter' | 'input';
  /** A JavaScript expression, true in the page once the results are on screen (window.kbQuery is the query). */
  done: string;
}

/**
 * Installs the in-page clock; each finished search pushes its milliseconds to window.kbTimes.
 * Given as source text: functions passed to page.evaluate would carry the bundler's helpers.
 */
async function installClock(page: Page, clock: InPageClock): Promise<void> {
  await page.evaluate(`(() => {
    const clock = ${JSON.stringify({ start: clock.start })};
    window.kbTimes = [];
    window.kbSteps = [];
    window.kbQuery = null;
    document.addEventListener(clock.start === 'enter' ? 'keydown' : 'input', (event) => {
      if (clock.start === 'enter' && event.key !== 'Enter') return;
      window.kbStart = event.timeStamp;
    }, true);
    const finished = () => ${clock.done};
    new MutationObserver(() => {
      if (window.kbQuery === null || !finished()) return;
      window.kbQuery = null;
      requestAnimationFrame(() => {
        window.kbTimes.push(performance.now() - window.kbStart);
        // Our engine's marks of this search (a site without them leaves none), read once it is timed.
        const steps = {};
        for (const mark of performance.getEntriesByType('mark')) {
          if (mark.name.startsWith('kb-search:') && mark.startTime >= window.kbStart) steps[mark.name.slice(10)] ??= mark.startTime - window.kbStart;
        }
        window.kbSteps.push(steps);
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
}

/**
 * Waits until `condition` (a JavaScript expression) holds in the page, checked at once, after
 * each change of the page and of the clock's times: no polling. Playwright's waitForFunction
 * polls on every animation frame, which keeps the page producing frames while it searches, so
 * that the results wait for the next frame of that loop (up to 17 ms) and the in-page times
 * include it: a reader's browser runs no such loop. The condition is source text evaluated
 * through the driver, which the page's policy (no eval) does not stop, unlike a string
 * predicate given to waitForFunction.
 */
function waitInPage(page: Page, condition: string, timeoutMs = 60_000): Promise<unknown> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const holds = () => ${condition};
    if (holds()) return resolve(true);
    const stop = () => (observer.disconnect(), clearInterval(timer), clearTimeout(limit));
    const check = () => holds() && (stop(), resolve(true));
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    // The clock's times change without a mutation: check those now and then, off the frame loop.
    const timer = setInterval(check, 100);
    const limit = setTimeout(() => (stop(), reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition)}))), ${timeoutMs});
  })`);
}

/** Pagefind's files: the site's index, or Pagefind's own index of the same pages beside it (plain-pagefind.ts); not the latter's floor page. */
const isPagefindFile = (path: string) => /^\/pagefind(-plain)?\//.test(path) && !path.endsWith('.html');

/** A script of the site's own, not Pagefind's. */
const isOwnScript = (path: string) => /\.m?js$/.test(path) && !isPagefindFile(path);

function countBytes(context: BrowserContext, filter: (path: string) => boolean) {
  const counter = { bytes: 0 };
  context.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!filter(url.pathname)) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (!sizes) return;
    // Chromium reports no body size for a worker's script (pagefind-worker.js): its body is read instead
    const body = sizes.responseBodySize || ((await (await request.response())?.body().catch(() => undefined))?.length ?? 0);
    counter.bytes += body + sizes.responseHeadersSize;
  });
  return counter;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
}

/**
 * Opens a page, gets it ready, then times each query: `prepare` runs untimed before it,
 * `search` is timed. Pagefind bytes are counted up to the first query's results.
 */
async function timeQueries(
  browser: Browser,
  url: string,
  queries: string[],
  clock: InPageClock,
  steps: { ready(page: Page): Promise<void>; prepare(page: Page): Promise<void>; search(page: Page, q: string): Promise<void> },
): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const counter = countBytes(context, (p) => isPagefindFile(p) || p === '/search-data.json');
  const scripts = countBytes(context, isOwnScript);
  const page = await context.newPage();
  await page.goto(url);
  await settle(page);
  await steps.ready(page);
  await installClock(page, clock);
  const times: number[] = [];
  const inPage: number[] = [];
  const marks: Record<string, number>[] = [];
  let firstBytes = 0;
  let scriptBytes = 0;
  for (const [i, q] of queries.entries()) {
    await steps.prepare(page);
    await page.evaluate(`window.kbQuery = ${JSON.stringify(q)}`);
    const t = performance.now();
    await steps.search(page, q);
    times.push(performance.now() - t);
    await waitInPage(page, `window.kbTimes.length > ${i}`);
    const [time, engineMarks] = (await page.evaluate(`[window.kbTimes[${i}], window.kbSteps[${i}]]`)) as [number, Record<string, number>];
    inPage.push(time);
    marks.push(engineMarks);
    if (i === 0) {
      await settle(page);
      firstBytes = counter.bytes;
      scriptBytes = scripts.bytes;
    }
  }
  await context.close();
  const laterRuns = queries.slice(1).map((query, i): LaterRun => ({ query, ms: inPage[i + 1]!, ...(Object.keys(marks[i + 1]!).length ? { steps: marks[i + 1] } : {}) }));
  return { firstBytes, scriptBytes, firstMs: times[0]!, laterMs: median(times.slice(1)), firstInPageMs: inPage[0]!, laterInPageMs: median(inPage.slice(1)), laterRuns };
}

/**
 * Our doors search as the text changes and show the results when they are ready; the
 * clock starts at the typed change (the input event) and Enter is pressed at once.
 */
const TYPED: InPageClock['start'] = 'input';

async function typeAndSubmit(page: Page, input: string, q: string, status: string) {
  await page.fill(input, q);
  await page.press(input, 'Enter');
  await waitInPage(page, `(document.querySelector(${JSON.stringify(status)})?.textContent ?? '').includes(${JSON.stringify(q)})`);
}

/**
 * Before the next query, the last one has finished: its first page complete (the results
 * shown first are followed by the rest of the page), as when a reader types the next one.
 */
const finished = (list: string) => (page: Page) =>
  page.waitForFunction((selector) => !document.querySelector(selector)?.hasAttribute('aria-busy'), list).then(() => undefined);

/** Our search page (opened with `start`, e.g. filters chosen: `?city=…`): type, submit, wait for the status line. */
export function measureOurSearch(browser: Browser, base: string, queries: string[], start = ''): Promise<SearchMeasure> {
  return timeQueries(browser, `${base}/search/${start}`, queries, { start: TYPED, done: statusNames('#kb-search-status') }, {
    ready: async () => {},
    prepare: finished('[data-testid="search-results"]'),
    search: (page, q) => typeAndSubmit(page, '#kb-q', q, '#kb-search-status'),
  });
}

/** Our header dialog on an entry page: open, type, wait for its status line to report the query. */
export function measureOurDialog(browser: Browser, base: string, queries: string[], entryPath: string): Promise<SearchMeasure> {
  return timeQueries(browser, `${base}${entryPath}`, queries, { start: TYPED, done: statusNames('dialog[open] .kb-dialog-status') }, {
    ready: async (page) => {
      await page.locator('button[data-open-modal]:not([disabled])').click();
      await page.locator('dialog[open] #kb-dialog-q').waitFor();
    },
    prepare: finished('dialog[open] [data-testid="dialog-results"]'),
    search: (page, q) => typeAndSubmit(page, 'dialog[open] #kb-dialog-q', q, 'dialog[open] .kb-dialog-status'),
  });
}

/**
 * Plain Pagefind's first search, the floor under our doors' (plain-pagefind.ts's page, at
 * `floorPath`), timed as theirs are: `load` starts Pagefind as the page loads (as our search
 * page does), `open` at a click once the page has settled (as our header dialog does on
 * intent), the query typed right after it.
 */
export function measurePlainFirst(browser: Browser, base: string, queries: string[], floorPath: string, start: 'load' | 'open'): Promise<SearchMeasure> {
  return timeQueries(browser, `${base}${floorPath}${start === 'load' ? '#load' : ''}`, queries, { start: TYPED, done: statusNames('#status') }, {
    ready: async (page) => {
      if (start === 'open') await page.locator('#open').click();
      await page.locator('#q').waitFor();
    },
    prepare: finished('#list'),
    search: (page, q) => typeAndSubmit(page, '#q', q, '#status'),
  });
}

/** Our status line names the query once its results are on screen. */
const statusNames = (selector: string) => `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').includes(window.kbQuery)`;

/** Pagefind UI's results are on screen: a result link, or its message that nothing was found (not “searching for …”). */
const BASELINE_DONE = `!!document.querySelector('dialog[open] .pagefind-ui__result-link') || (() => {
  const m = document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '';
  return m.includes(window.kbQuery) && !/searching|正在|搜索中/i.test(m);
})()`;

/** Starlight's search dialog on the plain site: open, type, wait for a result link (or its “no results”). */
export function measureBaselineSearch(browser: Browser, base: string, queries: string[]): Promise<SearchMeasure> {
  const input = (page: Page) => page.locator('dialog[open] .pagefind-ui__search-input');
  return timeQueries(browser, `${base}/`, queries, { start: 'input', done: BASELINE_DONE }, {
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
      await waitInPage(page, BASELINE_DONE.replaceAll('window.kbQuery', JSON.stringify(q)));
    },
  });
}

/**
 * Our search page opened with filters and no words (as a city's or a report's page links to
 * it): milliseconds from the start of the navigation to the listed results complete on
 * screen (the frame after), the median of three loads in fresh contexts (nothing cached).
 */
export async function measureOurBrowse(browser: Browser, base: string, start: string, loads = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/${start}`, { waitUntil: 'commit' });
    await waitInPage(page, `(() => { const list = document.querySelector('[data-testid="search-results"]'); return !!list && list.children.length > 0 && !list.hasAttribute('aria-busy'); })()`);
    times.push((await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))')) as number);
    await context.close();
  }
  return median(times);
}

/** Script bytes an entry page loads in the browser (all modules it imports included). */
export async function scriptBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const counter = countBytes(context, isOwnScript);
  const page = await context.newPage();
  await page.goto(url);
  await settle(page);
  await context.close();
  return counter.bytes;
}

export interface PagefindFloorRow {
  query: string;
  results: number;
  /**
   * Milliseconds of Pagefind's search() (the index chunks it loads, the search in its worker);
   * with `shown`, from the typed change that started it.
   */
  searchMs: number;
  /**
   * Of that, as Pagefind itself reports it (its result's `timings`): loading the index chunks
   * the query needs, and the search in its WebAssembly (scoring every page that matches).
   */
  pagefindTimings: { chunksMs: number; wasmMs: number };
  /** Milliseconds then to load the best results' fragments (ten, or the five shown first). */
  fragmentsMs: number;
  /** With `shown`: milliseconds then to put five plain list items (title and Pagefind's excerpt) on the page and reach the next frame. */
  paintMs?: number;
}

/**
 * Plain Pagefind on a built site, no engine of ours: Pagefind's own index of its pages, with
 * its own script and worker (plain-pagefind.ts; its page, at `floorPath`, hosts the search).
 * After a first search has loaded it, each query's search() and its ten best fragments, as
 * our search must do before it ranks and renders (the floor under our search times). With
 * `shown`, the floor under results on screen, timed as ours are: the query typed into an
 * input of its own (the typed change paints a frame, and the page's frames then keep their
 * rhythm), then search(), the five best fragments, five plain list items and the next frame.
 */
export async function measurePagefindFloor(browser: Browser, base: string, floorPath: string, queries: string[], options: { shown?: boolean } = {}): Promise<PagefindFloorRow[]> {
  const page = await browser.newPage();
  await page.goto(`${base}${floorPath}`, { waitUntil: 'networkidle' });
  await page.evaluate(`(async () => {
    const pf = await import(new URL('pagefind.js', location.href).href);
    await pf.options({ excerptLength: 40 });
    await pf.init();
    await pf.search('长株潭');
    const list = document.body.insertBefore(document.createElement('ol'), document.body.firstChild);
    const input = document.body.insertBefore(Object.assign(document.createElement('input'), { id: 'kb-floor-q' }), list);
    window.kbFloorRows = [];
    window.kbFloor = async (query, shown, started) => {
      const t0 = started ?? performance.now();
      const s = await pf.search(query);
      const t1 = performance.now();
      const datas = await Promise.all(s.results.slice(0, shown ? 5 : 10).map((r) => r.data()));
      const t2 = performance.now();
      const timings = s.timings?.[0] ?? {};
      const pagefindTimings = { chunksMs: timings.preload ?? NaN, wasmMs: timings.search ?? NaN };
      const row = { query, results: s.results.length, searchMs: t1 - t0, pagefindTimings, fragmentsMs: t2 - t1 };
      if (shown) {
        list.replaceChildren(...datas.map((d) => Object.assign(document.createElement('li'), { textContent: (d.meta.title ?? '') + ' ' + d.excerpt })));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        row.paintMs = performance.now() - t2;
      }
      window.kbFloorRows.push(row);
    };
    input.addEventListener('input', (event) => window.kbFloor(input.value, true, event.timeStamp));
  })()`);
  for (const [i, query] of queries.entries()) {
    await page.waitForTimeout(200);
    if (options.shown) await page.fill('#kb-floor-q', query);
    else await page.evaluate(`window.kbFloor(${JSON.stringify(query)}, false)`);
    await waitInPage(page, `window.kbFloorRows.length > ${i}`);
  }
  const rows = (await page.evaluate('window.kbFloorRows')) as PagefindFloorRow[];
  await page.close();
  return rows;
}
