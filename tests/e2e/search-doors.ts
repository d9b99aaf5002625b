/** The two doors to search, as a reader uses them: the /search/ page and the header dialog. Each returns the result paths in order. */
import type { Page } from 'playwright-core';
import { waitForSearchStatus } from './search-status';

const paths = (page: Page, list: string) =>
  page.locator(`${list} a.kb-result-title`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));

/** Opens /search/?q=… and reads the results. */
export async function viaPage(page: Page, base: string, q: string): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await waitForSearchStatus(page, /找到|没有/, 15_000);
  return paths(page, '[data-testid="search-results"]');
}

/** Opens the header dialog (on the page already open, or the home page), types the query, and reads the results. */
export async function viaDialog(page: Page, base: string, q: string): Promise<string[]> {
  if (!page.url().startsWith(base)) await page.goto(`${base}/`);
  const dialog = page.locator('dialog.kb-search-dialog');
  if (!(await dialog.evaluate((d) => (d as HTMLDialogElement).open))) {
    await page.locator('button[data-open-modal]:not([disabled])').click();
  }
  const input = dialog.locator('input[type="search"]');
  await input.fill(q);
  await input.press('Enter');
  await page.waitForFunction(
    (query) => {
      const text = document.querySelector('dialog.kb-search-dialog .kb-dialog-status')?.textContent ?? '';
      const complete = !document.querySelector('dialog.kb-search-dialog [data-testid="dialog-results"]')?.hasAttribute('aria-busy');
      return text.includes(`“${query}”`) && /找到|没有/.test(text) && complete;
    },
    q.trim(),
    { timeout: 15_000 },
  );
  return paths(page, 'dialog.kb-search-dialog [data-testid="dialog-results"]');
}
