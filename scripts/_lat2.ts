import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
const server = await serveStatic(process.argv[2]!);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
let t0 = 0;
const log: string[] = [];
context.on('requestfinished', async (r) => {
  const u = new URL(r.url());
  const timing = r.timing();
  log.push(`${(performance.now() - t0).toFixed(0)}ms ${u.pathname.slice(0, 50)} ${(await r.sizes()).responseBodySize}B dur=${(timing.responseEnd).toFixed(0)}`);
});
await page.goto(`${server.url}/search/`);
await page.waitForLoadState('networkidle');
for (const q of ['电子健康卡', '飞地园区', '潭信贷', '绿心 补偿资金']) {
  log.length = 0;
  t0 = performance.now();
  const t = await page.evaluate(`(async () => {
    const query = ${JSON.stringify(q)};
    document.querySelector('#kb-q').value = query;
    const t0 = performance.now();
    document.querySelector('#kb-search').requestSubmit();
    await new Promise((resolve) => { const check = () => ((document.querySelector('#kb-search-status')?.textContent ?? '').includes(query) ? resolve() : setTimeout(check, 2)); check(); });
    return performance.now() - t0;
  })()`) as number;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  console.log(`${q}: ${t.toFixed(0)} ms\n  ${log.join('\n  ')}`);
}
await browser.close(); await server.close();
