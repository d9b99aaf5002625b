import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
const server = await serveStatic('/work/main/dist');
const browser = await launch();
for (const [w, h, name] of [[390, 844, 'phone'], [1366, 900, 'desktop']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${server.url}/search/`);
  await page.fill('#kb-q', '看病');
  await page.press('#kb-q', 'Enter');
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('#kb-search-status')?.textContent ?? ''));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/exp/search-${name}.png` });
  await page.goto(`${server.url}/entries/xt2023-services-06/`);
  await page.locator('button[data-open-modal]:not([disabled])').click();
  await page.locator('#kb-dialog-q').fill('老年人');
  await page.waitForFunction(() => /找到|没有/.test(document.querySelector('.kb-dialog-status')?.textContent ?? ''));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/exp/dialog-${name}.png` });
  await page.locator('#kb-dialog-q').fill('火箭发射');
  await page.waitForFunction(() => /没有/.test(document.querySelector('.kb-dialog-status')?.textContent ?? ''));
  await page.screenshot({ path: `/tmp/exp/dialog-zero-${name}.png` });
  await page.close();
}
await browser.close(); await server.close();
