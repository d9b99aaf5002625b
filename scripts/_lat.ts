import { launch } from './support/chromium';
import { serveStatic } from './support/static-server';
const server = await serveStatic(process.argv[2] ?? '/work/main/dist');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
await page.waitForLoadState('networkidle');
for (const q of ['电子健康卡', '飞地园区', '潭信贷', '绿心 补偿资金', '电子健康卡', '看病', '醫療']) {
  const t = await page.evaluate(`(async () => {
    const query = ${JSON.stringify(q)};
    const input = document.querySelector('#kb-q');
    input.value = query;
    const t0 = performance.now();
    document.querySelector('#kb-search').requestSubmit();
    await new Promise((resolve) => {
      const check = () => ((document.querySelector('#kb-search-status')?.textContent ?? '').includes(query) ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - t0;
  })()`) as number;
  console.log(q, t.toFixed(0), 'ms');
  await page.waitForLoadState('networkidle');
}
await browser.close(); await server.close();
