/** Launches Debian's Chromium (never a downloaded browser) with flags for this closed network. */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const INSTALL_HINT =
  `找不到 Chromium（${CHROMIUM_PATH}）。浏览器测试使用 Debian 的 Chromium，请先安装：\n` +
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
  '（或用 CHROMIUM_PATH 指向已安装的 Chromium。不要运行 npx playwright install。）\n' +
  `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`;

export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(INSTALL_HINT);
}

export async function launch(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these, Chromium keeps calling home, and this network refuses it.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One browser for a test file: launched before its tests, closed after. */
export function browserForFile(hooks: { beforeAll(fn: () => Promise<void>): void; afterAll(fn: () => Promise<void>): void }) {
  let browser: Browser | undefined;
  hooks.beforeAll(async () => {
    browser = await launch();
  });
  hooks.afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
