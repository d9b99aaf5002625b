import fs from 'node:fs';
import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
const { queries } = JSON.parse(fs.readFileSync('tests/search/natural-queries.json', 'utf8'));
const server = await serveStatic('/work/main/dist');
const browser = await launch();
const page = await browser.newPage();
let h1 = 0, h5 = 0, zero = 0;
for (const q of queries) {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q.q)}`);
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#kb-search-status')?.textContent ?? ''), null, { timeout: 15000 }).catch(() => {});
  const links: string[] = await page.locator('[data-testid="search-results"] a.kb-result-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const rank = links.findIndex((l) => q.expect.includes(l)) + 1;
  if (rank === 1) h1++; if (rank >= 1 && rank <= 5) h5++; if (!links.length) zero++;
  if (rank !== 1) console.log(`${q.kind} 【${q.q}】 rank ${rank} top: ${links.slice(0, 3).join(' ')}`);
}
console.log({ n: queries.length, h1: h1 / queries.length, h5: h5 / queries.length, zero });
await browser.close(); await server.close();
