/**
 * Lists of entries that grow with the whole collection (a city's, a glossary term's, a
 * plan's) show a bounded number on their page, the newest reports' first, and link to the
 * search page for all of them: at 10,000 entries the cities page was 3.8 MB, a common
 * term's page 1 MB, and ten times that at 100,000.
 */
import type { EntryView, Kb } from '../kb/model';
import { byNewestReport, newestFirst } from '../kb/place';
import { urls } from '../kb/urls';
import { OTHER_REPORTS } from '../config/sidebar';
import { PAGE_TYPES } from '../search/facets';
import { writeState } from '../search/client/state';

/** How many entries such a list shows. */
export const LIST_LIMIT = 100;
/** How many entries a list inside a table cell shows (a plan's entries on the plans page and in its own details). */
export const CELL_LIMIT = 10;

/**
 * How many reports a page that shows every report's parts (the home page's sections, the
 * outlooks, the progress boards) gives in full: the newest, as many as the sidebar names.
 */
export const REPORTS_SHOWN = OTHER_REPORTS + 1;

/** The reports such a page shows in full, the newest first, and the earlier ones it only counts or links. */
export function newestReports(kb: Kb): { shown: Kb['sources']; earlier: Kb['sources'] } {
  const all = newestFirst(kb);
  return { shown: all.slice(0, REPORTS_SHOWN), earlier: all.slice(REPORTS_SHOWN) };
}

/** The entries to show: all of a short list; of a long one, LIST_LIMIT of them, the newest reports' first (each report's in its order). */
export function shownEntries(kb: Kb, entries: EntryView[], limit = LIST_LIMIT): EntryView[] {
  if (entries.length <= limit) return entries;
  return byNewestReport(kb, entries).slice(0, limit);
}

/** Where a term's or a plan's entries are all found: the search page's entries for its words. */
export const searchAll = (q: string) => ({ href: urls.search() + writeState({ q, filters: { 内容: [PAGE_TYPES.entry] } }), label: `在搜索页中搜索“${q}”的全部条目` });
