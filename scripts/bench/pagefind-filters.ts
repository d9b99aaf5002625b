/**
 * A minimal reproduction of why the site filters and counts search results itself
 * (src/search/client/facet-index.ts) instead of asking Pagefind: once any filter's data is
 * loaded, every Pagefind search counts each value of it by looking each of the value's pages
 * up in the list of results (`get_filters` in pagefind_web/src/filter.rs), pages × results
 * steps. N pages of one sentence, a twentieth of them with the searched word, each with one
 * of three values of one filter; indexed by Pagefind with its defaults, searched in Chromium:
 * `search()` before and after `filters()` has loaded the filter data.
 *
 * Usage: npx tsx scripts/bench/pagefind-filters.ts [--sizes 1000,10000,30000,100000]
 */
import { parseArgs } from 'node:util';
import { launch } from '../support/chromium';
import { pagefindSite } from './pagefind-site';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,30000,100000' } } });
const CITIES = ['长沙', '株洲', '湘潭'];
const WORD = '绿心';

const browser = await launch();
console.log('| pages | results | search() | search() with the filter data loaded |');
console.log('| --- | --- | --- | --- |');
for (const n of values.sizes!.split(',').map(Number)) {
  const site = await pagefindSite(browser, 'pagefind-filters-', n, (i) => {
    const text = `长株潭一体化第${i}项工作${i % 20 === 0 ? `，建设${WORD}` : ''}。`;
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}页</title></head><body><main data-pagefind-body><h1>第${i}页</h1><p>${text}</p><span data-pagefind-filter="城市:${CITIES[i % 3]}"></span></main></body></html>`;
  });
  const { page } = site;
  // As source text: a function here would carry the bundler's helpers into the page.
  const row = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    // the median of three searches, after one that loads the word's index chunk
    const timed = async () => {
      const found = await pagefind.search(${JSON.stringify(WORD)});
      const times = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await pagefind.search(${JSON.stringify(WORD)});
        times.push(performance.now() - t);
      }
      return [found.results.length, times.sort((a, b) => a - b)[1]];
    };
    const [results, before] = await timed();
    await pagefind.filters();
    const [, after] = await timed();
    return [results, before, after];
  })()`)) as [number, number, number];
  console.log(`| ${n} | ${row[0]} | ${row[1].toFixed(0)} ms | ${row[2].toFixed(0)} ms |`);
  await site.close();
}
await browser.close();
