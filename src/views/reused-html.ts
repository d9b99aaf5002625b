/**
 * HTML rendered once and given again to the pages that would render it the same way: the
 * sidebar's list, the same on every entry page of a report (no entry is in it), which was the
 * largest part of our pages' rendering that Starlight with a short sidebar does not have
 * (src/components/overrides/Sidebar.astro, PERFORMANCE.md). Held for a few keys at a time,
 * the oldest dropped first: pages are rendered in the order of their reports, so a report's
 * pages follow one another.
 */
const HELD = 64;

export class ReusedHtml {
  private readonly held = new Map<string, string>();
  private readonly max: number;
  constructor(max = HELD) {
    this.max = max;
  }

  /** The HTML kept for `key`, if any. */
  get(key: string): string | undefined {
    return this.held.get(key);
  }

  /** Keeps the HTML for `key`, dropping the oldest kept when there are as many as it holds. */
  keep(key: string, html: string): void {
    if (!this.held.has(key) && this.held.size >= this.max) this.held.delete(this.held.keys().next().value!);
    this.held.set(key, html);
  }

  get size(): number {
    return this.held.size;
  }
}

/** The sidebars' lists, by the sidebar's data. */
export const sidebarHtml = new ReusedHtml();
