/**
 * A minimal reproduction of the floor under a later search: plain Pagefind, its own script
 * and worker, on N pages of one sentence, no site of ours. Each of eight words is on a
 * twentieth of the pages (as a common word of the site is: 电子健康卡 is on 4,833 of 100,000
 * entries); the words are searched one after another once Pagefind is loaded and has
 * searched once, each search loading its word's index chunk, then its ten best results'
 * fragments are read, as a search must before it shows anything. Reported: the median of
 * the eight, in all and in Pagefind's own two parts (index chunks, the search in its
 * WebAssembly), from N = 1,000 to 100,000. The site is to answer later searches within 50 ms
 * at 100,000 entries (`npm run bench` measures it); this shows what Pagefind alone takes there.
 * With --shares, each word is on one page in each of those many instead (10: a tenth of the
 * pages), to show the search in WebAssembly growing with the results at one N.
 *
 * Usage: npx tsx scripts/bench/pagefind-later.ts [--sizes 1000,10000,100000] [--shares 20]
 */
import { parseArgs } from 'node:util';
import { launch } from '../support/chromium';
import { median } from './stats';
import { pagefindSite } from './pagefind-site';
import { SENTENCE_SHARE, SENTENCE_WORDS, sentencePages } from './tiny-site';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, shares: { type: 'string', default: String(SENTENCE_SHARE) } } });
interface Row {
  results: number;
  searchMs: number;
  chunksMs: number;
  wasmMs: number;
  fragmentsMs: number;
}

const browser = await launch();
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log('| pages | each word on one page in | results per word | search() | of which: index chunks, search in WebAssembly (Pagefind’s timings) | 10 fragments | in all |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const shares = values.shares!.split(',').map(Number);
for (const [n, share] of values.sizes!.split(',').map(Number).flatMap((n) => shares.map((share) => [n, share] as const))) {
  const site = await pagefindSite(browser, 'pagefind-later-', n, sentencePages(share));
  const { page } = site;
  // As source text: a function here would carry the bundler's helpers into the page.
  const rows = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    await pagefind.search('长株潭');
    const rows = [];
    for (const word of ${JSON.stringify(SENTENCE_WORDS)}) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const t0 = performance.now();
      const found = await pagefind.search(word);
      const t1 = performance.now();
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      const t2 = performance.now();
      const timings = found.timings?.[0] ?? {};
      rows.push({ results: found.results.length, searchMs: t1 - t0, chunksMs: timings.preload ?? NaN, wasmMs: timings.search ?? NaN, fragmentsMs: t2 - t1 });
    }
    return rows;
  })()`)) as Row[];
  const m = (f: (r: Row) => number) => median(rows.map(f));
  console.log(`| ${n} | ${share} | ${m((r) => r.results)} | ${ms(m((r) => r.searchMs))} | ${ms(m((r) => r.chunksMs))}, ${ms(m((r) => r.wasmMs))} | ${ms(m((r) => r.fragmentsMs))} | ${ms(m((r) => r.searchMs + r.fragmentsMs))} |`);
  await site.close();
}
await browser.close();
