/** Waiting for the search page to report an outcome in its status line (#kb-search-status). */
import type { Page } from 'playwright-core';

/**
 * Resolves once the status line matches `pattern` (default: a count of results was reported)
 * and the first page of results is complete (the list is no longer busy).
 */
export function waitForSearchStatus(page: Page, pattern = /找到/, timeout?: number): Promise<unknown> {
  return page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector('#kb-search-status')?.textContent ?? '') &&
      !document.querySelector('[data-testid="search-results"]')?.hasAttribute('aria-busy'),
    [pattern.source, pattern.flags] as const,
    timeout === undefined ? undefined : { timeout },
  );
}
