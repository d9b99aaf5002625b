/** The search page as a reader uses it: URL state, facets, history, keyboard, safety. */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { urls } from '../../src/kb/urls';
import { kb } from '../support/corpus';
import { NATURAL_QUERIES } from '../support/natural-queries';
import { placeOf } from '../../src/kb/place';
import { STATUSES } from '../../src/kb/schemas/vocab';
import { browserForFile } from '../../scripts/support/chromium';
import { waitForSearchStatus } from './search-status';
import { WARM_SEARCHES, type WarmUpState } from '../../src/search/worker/warm-up';
import type { UnzipState } from '../../src/search/worker/unzip-shim';
import type { ReleaseReadersState } from '../../src/search/worker/release-readers';
import type { PrefetchState } from '../../src/search/worker/prefetch-fragments';
import type { HandedState } from '../../src/search/worker/handed-files';
import type { ResultTailState } from '../../src/search/worker/result-tail';
import type { MetaInHandState } from '../../src/search/worker/meta-in-hand';
import type { NapState } from '../../src/search/worker/wake-naps';
import { TAIL, TAIL_AFTER, TAIL_OPTION } from '../../src/search/client/result-columns';
import { FIRST } from '../../src/search/client/engine';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await browser().newPage();
});

const status = () => page.locator('#kb-search-status');
const resultPaths = () =>
  page.locator('[data-testid="search-results"] a.kb-result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const waitForResults = () => waitForSearchStatus(page);
/** The state a worker shim keeps on its global object (`kbWarmUp`, `kbNaps`, …), from whichever of the page's workers has it. */
const workerState = async <T>(name: string): Promise<T | undefined> =>
  (await Promise.all(page.workers().map((w) => w.evaluate((key) => (self as unknown as Record<string, unknown>)[key], name)))).find((s) => s) as T | undefined;
/** Every result, “显示更多” pressed until none are left. */
async function allResultPaths(): Promise<string[]> {
  while (await page.isVisible('#kb-more')) {
    const shown = (await resultPaths()).length;
    await page.click('#kb-more');
    await expect.poll(async () => (await resultPaths()).length).toBeGreaterThan(shown);
  }
  return resultPaths();
}

describe('the search page', () => {
  test('warms Pagefind up in its worker before the first search, then finds as ever', async () => {
    await page.goto(`${base}/search/`);
    const warmUp = () => workerState<WarmUpState>('kbWarmUp');
    await expect.poll(async () => (await warmUp())?.end, { timeout: 15_000 }).toBe('done');
    expect((await warmUp())!.searches).toBe(WARM_SEARCHES);
    await page.fill('#kb-q', '电子健康卡');
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
  });

  test('has a search that comes before Pagefind has read its index go on when it has, not at Pagefind’s next 50 ms nap', async () => {
    // the WebAssembly held back, so that the search the page sends as it opens waits for the index
    await page.route('**/pagefind/wasm.*.pagefind', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const naps = await workerState<NapState>('kbNaps');
    expect(naps?.taken).toBeGreaterThan(0);
    expect(naps?.woken).toBeGreaterThan(0);
  });

  test('unzips Pagefind’s index files and WebAssembly in its worker with the browser’s own decompression, not Pagefind’s script', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const state = await workerState<UnzipState>('kbUnzip');
    // the WebAssembly and at least one index chunk
    expect(state?.unzipped).toBeGreaterThanOrEqual(2);
    expect(state?.leftToPagefind).toBe(0);
  });

  test('has Pagefind’s worker let the results’ unused fragment readers go once the page is quiet, and finds as before', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const replies = () => workerState<ReleaseReadersState>('kbReleaseReaders');
    await expect.poll(async () => (await replies())?.released, { timeout: 10_000 }).toBe((await replies())?.results);
    const state = (await replies())!;
    expect(state.searches).toBeGreaterThan(0);
    expect(state.results).toBeGreaterThan(0);
    expect(state.failed).toBe(0);
    // the page reads fragments itself: a later search, and results read again, are as before
    await page.fill('#kb-q', '飞地园区');
    await waitForSearchStatus(page, /“飞地园区”共找到/);
    await page.fill('#kb-q', '电子健康卡');
    await waitForSearchStatus(page, /“电子健康卡”共找到/);
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
  });

  test('fetches Pagefind’s entry, metadata and WebAssembly while its worker’s script loads, and hands them over: the worker fetches none itself', async () => {
    const fetched: string[] = [];
    page.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const state = await workerState<HandedState>('kbHanded');
    const start = fetched.filter((p) => /^\/pagefind\/(pagefind-entry\.json|pagefind\..*\.kb_meta|wasm\..*\.pagefind)$/.test(p));
    expect(state).toEqual({ given: expect.arrayContaining(start), fetchedHere: [] });
    expect(start).toHaveLength(3);
    expect(state!.given).toHaveLength(3);
  });

  test('has its worker fetch what the page could not hand over', async () => {
    await page.route('**/pagefind/*.kb_meta', (route) => route.fulfill({ status: 503, body: '' }), { times: 1 });
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const state = await workerState<HandedState>('kbHanded');
    expect(state?.fetchedHere).toEqual([expect.stringMatching(/\.kb_meta$/)]);
  });

  test('has Pagefind’s worker fetch the first results’ fragments as soon as it ranks them: the page reads them from there, each fragment fetched once', async () => {
    const fetched: string[] = [];
    page.context().on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/fragment/')) fetched.push(path);
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent('长株潭都市圈')}`);
    await waitForResults();
    await page.waitForFunction(() => !document.querySelector('[data-testid="search-results"]')?.hasAttribute('aria-busy'));
    const worker = await workerState<PrefetchState>('kbPrefetch');
    expect(worker).toEqual({ sent: FIRST, failed: 0, replies: 1 });
    expect(await page.evaluate(() => (window as unknown as { kbWorkerFragments: { taken: number } }).kbWorkerFragments.taken)).toBe(FIRST);
    // the page read the rest of the first page itself, and no fragment twice
    expect((await resultPaths()).length).toBe(10);
    expect(fetched.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  test('has Pagefind’s worker send the results after the first few in columns, read from its WebAssembly’s answer without parsing it: the same results, scores and word positions as Pagefind’s script gives', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('长株潭')}`);
    await waitForResults();
    const state = await workerState<ResultTailState>('kbResultTail');
    expect(state!.searches).toBeGreaterThan(0);
    expect(state!.results).toBeGreaterThan(0);
    // Pagefind's answers were all in the shape the worker's reading expects (answer-scan.ts): none was left whole.
    expect(state!.unread).toBe(0);
    // A worker of its own asked alike, with the option and without it (Pagefind's own results).
    const both = await page.evaluate(
      async ({ option, field }) => {
        const worker = new Worker('/pagefind/pagefind-worker.js');
        let next = 0;
        const ask = (method: string, args: unknown[]) =>
          new Promise<any>((resolve) => {
            const id = `t${next++}`;
            const listen = (e: MessageEvent) => {
              if (e.data?.id !== id) return;
              worker.removeEventListener('message', listen);
              resolve(e.data.result);
            };
            worker.addEventListener('message', listen);
            worker.postMessage({ id, instanceId: 'test', method, args });
          });
        await ask('init', [{ basePath: '/pagefind/', language: document.documentElement.lang.toLowerCase(), primary: true }]);
        const plain = await ask('search', ['长株潭', {}]);
        const cut = await ask('search', ['长株潭', { [option]: true }]);
        worker.terminate();
        const simple = (rs: { id: string; score: number; words: number[] }[]) => rs.map((r) => ({ id: r.id, score: r.score, words: [...r.words] }));
        const tail = cut[field];
        const fromTail = tail.ids
          .split('\n')
          .slice(0, -1)
          .map((id: string, i: number) => ({ id, score: tail.scores[i], words: [...tail.positions.subarray(tail.offsets[i], tail.offsets[i + 1])] }));
        return { plain: simple(plain.results), head: simple(cut.results), tail: fromTail, count: cut.unfilteredResultCount };
      },
      { option: TAIL_OPTION, field: TAIL },
    );
    expect(both.head).toHaveLength(TAIL_AFTER);
    expect(both.tail.length).toBeGreaterThan(0);
    expect([...both.head, ...both.tail]).toEqual(both.plain);
    expect(both.plain).toHaveLength(both.count);
  });

  test('asks Pagefind’s worker directly: Pagefind’s page script, a copy of its search for browsers without workers, is never fetched', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    expect(fetched).toContain('/pagefind/pagefind-worker.js');
    expect(fetched).not.toContain('/pagefind/pagefind.js');
  });

  test('searches in the page with Pagefind’s own script where its worker cannot start', async () => {
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    expect(await page.locator('[data-testid="search-results"] li').first().locator('mark').first().innerText()).toBe('电子健康卡');
    expect(fetched).toContain('/pagefind/pagefind.js');
  });

  test('runs the query in its URL, ranks the entry first, and marks the matched words', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    expect(await page.inputValue('#kb-q')).toBe('电子健康卡');
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    const first = page.locator('[data-testid="search-results"] li').first();
    expect(await first.locator('mark').first().innerText()).toBe('电子健康卡');
    const entry = kb.entries.find((e) => e.id === 'xt2023-services-05')!;
    // the card names category and status as the filters do
    expect(await first.locator('.kb-badge-category').innerText()).toBe(placeOf(kb, entry).title);
    expect(await first.locator('.kb-badge-status').innerText()).toBe(STATUSES[entry.status]);
  });

  test('shows ten results first and the rest on request', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('长株潭都市圈')}`);
    await waitForResults();
    const total = Number(/共找到 (\d+) 个/.exec(await status().innerText())![1]);
    expect(total).toBeGreaterThan(10);
    expect(await resultPaths()).toHaveLength(10);
    await page.click('#kb-more');
    await expect.poll(async () => (await resultPaths()).length).toBe(Math.min(total, 20));
    const paths = await resultPaths();
    expect(new Set(paths).size).toBe(paths.length);
    if (total <= 20) expect(await page.isVisible('#kb-more')).toBe(false);
  });

  test('lists every matching entry for a facet alone, without a query, ten at a time in the report’s order', async () => {
    await page.goto(`${base}/search/?city=${encodeURIComponent('长沙')}`);
    await waitForResults();
    const expected = kb.entries.filter((e) => e.cities.includes('changsha')).map((e) => urls.entry(e.id));
    expect(await resultPaths()).toEqual(expected.slice(0, 10));
    expect(await allResultPaths()).toEqual(expected);
    expect(await page.isChecked('input[data-facet="城市"][value="长沙"]')).toBe(true);
  });

  test('lists and counts for facets alone without waiting for Pagefind’s search, which browsing does not use', async () => {
    // Pagefind's scripts never arrive: browsing reads the facet index and the fragments only.
    await page.route(/\/pagefind\/pagefind(-worker)?\.js$/, (route) => route.abort());
    await page.goto(`${base}/search/?city=${encodeURIComponent('长沙')}`);
    await waitForResults();
    const expected = kb.entries.filter((e) => e.cities.includes('changsha')).map((e) => urls.entry(e.id));
    expect(await allResultPaths()).toEqual(expected);
    const count = page.locator('input[data-facet="城市"][value="长沙"] ~ .kb-facet-count');
    await expect.poll(() => count.innerText()).toBe(`（${expected.length}）`);
  });

  test('opened to browse, lists the results before it fetches Pagefind, then fetches it for the next query', async () => {
    await page.goto(`${base}/search/?city=${encodeURIComponent('长沙')}`);
    await waitForResults();
    const started = (name: string) =>
      page.evaluate((n) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(n))?.startTime ?? null, name);
    await expect.poll(() => started('/pagefind/pagefind-worker.js')).not.toBeNull();
    const rendered = await page.evaluate(() => performance.getEntriesByName('kb-search:rendered')[0]?.startTime);
    expect(rendered).toBeDefined();
    expect(await started('/pagefind/pagefind-worker.js')).toBeGreaterThan(rendered!);
    await page.fill('#kb-q', '电子健康卡');
    await page.press('#kb-q', 'Enter');
    // searched with Pagefind, within the chosen city
    await waitForSearchStatus(page, /电子健康卡/);
    expect(await page.isChecked('input[data-facet="城市"][value="长沙"]')).toBe(true);
  });

  test('combines facets: values of one facet widen, facets together narrow', async () => {
    const category = (id: string) => kb.category(id).title;
    await page.goto(`${base}/search/?category=${encodeURIComponent(category('transport'))}&category=${encodeURIComponent(category('zones'))}&status=${encodeURIComponent('推进中')}`);
    await waitForResults();
    const expected = kb.entries
      .filter((e) => (e.category === 'transport' || e.category === 'zones') && e.status === 'in-progress')
      .map((e) => urls.entry(e.id));
    expect(await allResultPaths()).toEqual(expected);
  });

  test('counts each facet value as if that facet had no choice made', async () => {
    await page.goto(`${base}/search/?kind=${encodeURIComponent('治理监管')}`);
    await waitForResults();
    const count = async (facet: string, value: string) =>
      Number((await page.locator(`input[data-facet="${facet}"][value="${value}"] ~ .kb-facet-count`).innerText()).replace(/[（）]/g, ''));
    const byKind = (kind: string) => kb.entries.filter((e) => e.kind === kind).length;
    await expect.poll(() => count('类型', '项目工程')).toBe(byKind('project'));
    expect(await count('类型', '治理监管')).toBe(byKind('governance'));
    expect(await count('类别', '抓生态环境联防联治')).toBe(kb.entries.filter((e) => e.kind === 'governance' && e.category === 'ecology').length);
    expect(await count('类别', '抓交通设施高效通达')).toBe(0);
    await page.check(`input[data-facet="城市"][value="长沙"]`);
    await page.waitForURL(/city=/);
    const both = kb.entries.filter((e) => e.cities.includes('changsha'));
    await expect.poll(() => count('类型', '项目工程')).toBe(both.filter((e) => e.kind === 'project').length);
    expect(await count('城市', '长沙')).toBe(both.filter((e) => e.kind === 'governance').length);
  });

  test('keeps its state in the URL, so that back and forward work', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('绿心')}`);
    await waitForResults();
    const before = await resultPaths();
    await page.check('input[data-facet="类型"][value="治理监管"]');
    await page.waitForURL(/kind=/);
    await expect.poll(async () => (await resultPaths()).length).toBeLessThan(before.length);
    const narrowed = await resultPaths();
    for (const p of narrowed) expect(kb.entries.find((e) => urls.entry(e.id) === p)?.kind).toBe('governance');
    await page.goBack();
    await expect.poll(resultPaths).toEqual(before);
    expect(await page.isChecked('input[data-facet="类型"][value="治理监管"]')).toBe(false);
    await page.goForward();
    await expect.poll(resultPaths).toEqual(narrowed);
  });

  test('shows the results of what is typed without Enter, keeping one history entry', async () => {
    await page.goto(`${base}/search/`);
    const length = await page.evaluate(() => history.length);
    await page.locator('#kb-q').pressSequentially('电子健康卡', { delay: 30 });
    await expect.poll(async () => (await status().innerText()).includes('电子健康卡')).toBe(true);
    const entry = kb.entries.find((e) => e.text.includes('电子健康卡'))!;
    expect((await resultPaths())[0]).toBe(urls.entry(entry.id));
    // The address is written once the results are painted.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('电子健康卡');
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Enter on what is already shown keeps it: the same result cards, no search again
    const first = await page.locator('[data-testid="search-results"] li').first().elementHandle();
    await page.press('#kb-q', 'Enter');
    await page.waitForTimeout(300);
    expect(await first!.evaluate((li) => li.isConnected)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('works from the keyboard alone', async () => {
    await page.goto(`${base}/search/`);
    await page.focus('#kb-q');
    await page.keyboard.type('潭信贷');
    await page.keyboard.press('Enter');
    await waitForResults();
    await page.waitForURL(`**/search/?q=${encodeURIComponent('潭信贷')}`);
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-reform-07'));
    await page.focus('input[data-facet="城市"][value="湘潭"]');
    await page.keyboard.press('Space');
    await page.waitForURL(/city=/);
  });

  test('shows a query from the URL as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    await page.goto(`${base}/search/?q=${encodeURIComponent(evil)}`);
    await waitForSearchStatus(page, /没有找到|找到/);
    expect(await status().innerText()).toContain(evil);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('converts traditional characters, loading the converter only then', async () => {
    const converter: string[] = [];
    page.on('request', (r) => {
      if (/t2cn|opencc/i.test(r.url())) converter.push(r.url());
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent('绿心中央公园')}`);
    await waitForResults();
    expect(converter).toEqual([]);
    // an everyday query in simplified characters the report never uses does not load it either
    const { chars } = (await (await fetch(`${base}/search-data.json`)).json()) as { chars: string };
    const everyday = NATURAL_QUERIES.find(({ q }) => [...q].some((ch) => /\p{Script=Han}/u.test(ch) && !chars.includes(ch)))!.q;
    await page.fill('#kb-q', everyday);
    await page.press('#kb-q', 'Enter');
    await waitForSearchStatus(page, new RegExp(everyday.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(converter, everyday).toEqual([]);
    await page.fill('#kb-q', '綠心中央公園');
    await page.press('#kb-q', 'Enter');
    await waitForSearchStatus(page, /繁体/);
    expect(converter.length).toBeGreaterThan(0);
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-ecology-01'));
  });

  test('reads Pagefind’s metadata in its compact form, in Pagefind’s worker and in the facet index', async () => {
    // Context-wide, so that requests from Pagefind's web worker count too.
    const fetched: string[] = [];
    const listen = (r: Request) => fetched.push(new URL(r.url()).pathname);
    page.context().on('request', listen);
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}&status=${encodeURIComponent(STATUSES[kb.entries.find((e) => e.id === 'xt2023-services-05')!.status])}`);
    await waitForResults();
    expect((await resultPaths())[0]).toBe(urls.entry('xt2023-services-05'));
    await page.waitForLoadState('networkidle');
    page.context().off('request', listen);
    expect(fetched.filter((p) => p.endsWith('.kb_meta')).length).toBeGreaterThan(0);
    expect(fetched.filter((p) => p.endsWith('.pf_meta'))).toEqual([]);
    // The expanded metadata went to Pagefind's WebAssembly past its script (meta-in-hand.ts): each placeholder was given its bytes.
    const inHand = await workerState<MetaInHandState>('kbMetaInHand');
    expect(inHand!.held).toBeGreaterThan(0);
    expect(inHand!.given).toBe(inHand!.held);
  });

  test('still searches with Pagefind’s whole metadata when the compact form cannot be read', async () => {
    const context = await browser().newContext();
    try {
      await context.route('**/*.kb_meta', (route) => route.fulfill({ status: 404, body: '' }));
      const fetched: string[] = [];
      context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      const other = await context.newPage();
      await other.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
      await waitForSearchStatus(other);
      const first = await other.locator('[data-testid="search-results"] a.kb-result-title').first().evaluate((a) => (a as HTMLAnchorElement).pathname);
      expect(first).toBe(urls.entry('xt2023-services-05'));
      expect(fetched.filter((p) => p.endsWith('.kb_meta')).length).toBeGreaterThan(0);
      expect(fetched.filter((p) => p.endsWith('.pf_meta')).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test('reports what a first search downloads, and how long searches take', async () => {
    // Context-wide, so that requests from Pagefind's web worker count too.
    const bytesBy: Record<string, number> = {};
    const count = async (request: Request) => {
      const url = new URL(request.url());
      const ext = url.pathname.endsWith('/') ? 'html' : (url.pathname.split('.').pop() ?? 'other');
      const group = url.pathname.startsWith('/pagefind/') ? `pagefind ${ext}` : ext;
      // A request still finishing as the page closes (the facet counts read pages after a pause) has no sizes to give.
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytesBy[group] = (bytesBy[group] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
    };
    page.context().on('requestfinished', count);
    const t0 = Date.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent('电子健康卡')}`);
    await waitForResults();
    const firstMs = Date.now() - t0;
    await page.waitForLoadState('networkidle');
    const pagefindBytes = Object.entries(bytesBy).filter(([k]) => k.startsWith('pagefind')).reduce((s, [, v]) => s + v, 0);
    const t1 = Date.now();
    await page.fill('#kb-q', '潭信贷');
    await page.press('#kb-q', 'Enter');
    await waitForSearchStatus(page, /潭信贷/);
    const laterMs = Date.now() - t1;
    console.log(
      `search: page load + first search ${firstMs} ms, Pagefind bytes ${pagefindBytes}; a later search ${laterMs} ms; bytes by kind ${JSON.stringify(bytesBy)}`,
    );
    expect(pagefindBytes).toBeGreaterThan(0);
    page.context().off('requestfinished', count);
  });
});

describe('the search page with a query', () => {
  const count = (facet: string, value: string) =>
    page.locator(`input[data-facet="${facet}"][value="${value}"] ~ .kb-facet-count`).innerText().then((t) => Number(t.replace(/[（）]/g, '')));

  test('counts each facet value as the results it would give, with the query', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('医疗')}`);
    await waitForResults();
    const total = Number(/共找到 (\d+) 个/.exec(await status().innerText())![1]);
    await expect.poll(() => count('内容', '条目')).toBeGreaterThan(0);
    // every value's count is what choosing it gives
    for (const [facet, value] of [['栏目', '重点突破'], ['状态', '已完成'], ['状态', '推进中'], ['内容', '条目']] as const) {
      const n = await count(facet, value);
      const p = await browser().newPage();
      await p.goto(`${base}/search/?q=${encodeURIComponent('医疗')}&${({ 栏目: 'section', 状态: 'status', 内容: 'type' } as const)[facet]}=${encodeURIComponent(value)}`);
      await waitForSearchStatus(p, /找到|没有/);
      const shown = /共找到 (\d+) 个/.exec(await p.locator('#kb-search-status').innerText())?.[1] ?? '0';
      expect(Number(shown), `${facet} ${value}`).toBe(n);
      expect(n).toBeLessThanOrEqual(total);
      await p.close();
    }
  });

  test('with a value chosen, the other values of its facet still count what they would give', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('医疗')}&status=${encodeURIComponent('推进中')}`);
    await waitForResults();
    await expect.poll(() => count('状态', '已完成')).toBeGreaterThan(0);
  });
});

describe('the search page when nothing is found', () => {
  test('says so, and suggests the nearest terms and every category instead of an empty page', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('火箭发射')}`);
    await waitForSearchStatus(page, /没有找到/);
    expect(await resultPaths()).toEqual([]);
    const suggested = await page.locator('#kb-suggestions a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const c of kb.categories) expect(suggested).toContain(urls.category(c.id));
    expect(await page.locator('#kb-suggestions').innerText()).toContain('可以试试');
  });

  test('a word matched only through its single characters is not a result (地铁 is not 飞地)', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('地铁')}`);
    await waitForResults();
    // a card's title and excerpt: the word (or a synonym) is in one of them
    const texts = await page.locator('[data-testid="search-results"] li.kb-result').allInnerTexts();
    const synonyms = kb.thesaurus.find((g) => g.words.includes('地铁'))?.words ?? ['地铁'];
    for (const t of texts) expect(synonyms.some((w) => t.includes(w)), t).toBe(true);
  });
});

describe('the search page on a phone (390×844)', () => {
  test('puts the first result in view after a search, above the folded filters', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/search/`);
    await page.fill('#kb-q', '医疗');
    await page.press('#kb-q', 'Enter');
    await waitForResults();
    const first = page.locator('[data-testid="search-results"] li').first();
    const box = (await first.boundingBox())!;
    const scrolled = await page.evaluate(() => scrollY);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + 40).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => (document.querySelector('#kb-filter-panel') as HTMLDetailsElement).open)).toBe(false);
    const panel = (await page.locator('#kb-filter-panel').boundingBox())!;
    expect(panel.y + scrolled).toBeGreaterThan(box.y + scrolled);
  });

  test('a count tapped on the progress board lands with its results in view', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/progress/`);
    const link = page.locator('main a[href^="/search/?"]').first();
    await link.click();
    await waitForResults();
    const first = (await page.locator('[data-testid="search-results"] li').first().boundingBox())!;
    expect(first.y).toBeGreaterThanOrEqual(0);
    expect(first.y).toBeLessThan(844);
    expect(await page.locator('.kb-filter-chosen').innerText()).toMatch(/已选 \d+ 项/);
  });

  test('closes the on-screen keyboard after a search on a touch screen, and keeps the focus with a keyboard', async () => {
    const focused = async (p: Page) => p.evaluate(() => document.activeElement?.id);
    const search = async (p: Page) => {
      await p.goto(`${base}/search/`);
      await p.fill('#kb-q', '医疗');
      await p.press('#kb-q', 'Enter');
      await waitForSearchStatus(p);
    };
    const touch = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await touch.newPage();
    await search(phone);
    expect(await phone.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await focused(phone)).not.toBe('kb-q');
    await touch.close();
    await search(page);
    expect(await focused(page)).toBe('kb-q');
  });

  test('gives every filter a touch target of at least 24 × 24 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/search/`);
    await page.locator('#kb-filter-panel > summary').click();
    const small = await page.locator('.kb-facets label').evaluateAll((labels) =>
      labels.map((l) => l.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
  });
});
