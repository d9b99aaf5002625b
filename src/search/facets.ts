/**
 * The search facets and result metadata: their names (as Pagefind filter keys, shown to
 * readers), their URL parameter names, and how an entry maps to their values.
 */
import type { EntryView, Kb } from '../kb/model';
import { newestFirst, placeOf, sourceLabel } from '../kb/place';
import { PAGE_TYPES } from './page-types';

export { PAGE_TYPES };
import { CITIES, KINDS, STATUSES } from '../kb/schemas/vocab';

/** Facets in display order: Pagefind filter key (Chinese, shown) and URL parameter (ASCII). */
export const FACETS = [
  { key: '栏目', param: 'section' },
  { key: '类别', param: 'category' },
  { key: '类型', param: 'kind' },
  { key: '状态', param: 'status' },
  { key: '城市', param: 'city' },
  { key: '来源', param: 'source' },
  { key: '内容', param: 'type' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/** The facet values of an entry page. */
export function entryFacets(kb: Kb, e: EntryView): Record<FacetKey, string[]> {
  return {
    栏目: [kb.section(e.section).title],
    类别: e.category ? [kb.category(e.category).title] : [],
    类型: [KINDS[e.kind]],
    状态: [STATUSES[e.status]],
    城市: e.cities.map((c) => CITIES[c]),
    来源: [sourceLabel(kb.source(e.source))],
    内容: [PAGE_TYPES.entry],
  };
}

/** What a search result card shows besides the title and excerpt. */
export function entryResultMeta(kb: Kb, e: EntryView): Record<string, string> {
  return {
    type: PAGE_TYPES.entry,
    category: placeOf(kb, e).title,
    status: STATUSES[e.status],
    order: String(e.order),
  };
}

/** Every value of every facet, in display order, for the search form. */
export function facetValues(kb: Kb): Record<FacetKey, string[]> {
  return {
    // reports of several years share their keywords and headings: one value each
    栏目: [...new Set(kb.sections.map((s) => s.title))],
    类别: [...new Set(kb.categories.map((c) => c.title))],
    类型: Object.values(KINDS),
    状态: Object.values(STATUSES),
    城市: Object.values(CITIES),
    来源: newestFirst(kb).map(sourceLabel),
    内容: Object.values(PAGE_TYPES),
  };
}
