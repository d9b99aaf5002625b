import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
const server = await serveStatic('/work/main/dist');
const browser = await launch();
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
for (const q of process.argv.slice(2)) {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#kb-search-status')?.textContent ?? ''), null, { timeout: 15000 }).catch(() => {});
  const status = await page.locator('#kb-search-status').textContent();
  const links = await page.locator('[data-testid="search-results"] a.kb-result-title').evaluateAll((as) => as.slice(0, 4).map((a) => (a as HTMLAnchorElement).pathname.replace('/entries/', '') + ' ' + a.textContent));
  const sugg = await page.locator('#kb-suggestions a').evaluateAll((as) => as.slice(0, 5).map((a) => a.textContent));
  console.log(`【${q}】 ${status}\n   ${links.join(' | ')}${sugg.length ? '\n   建议: ' + sugg.join(' ') : ''}`);
}
await browser.close(); await server.close();
