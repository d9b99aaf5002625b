/**
 * The search facets and result metadata: their names (as Pagefind filter keys, shown to
 * readers), their URL parameter names, and how an entry maps to their values.
 */
import type { EntryView, Kb } from './kb-model';
import { CITIES, KINDS, STATUSES } from '../schemas/vocab';

/** The kinds of page a search can return. */
export const PAGE_TYPES = {
  entry: '条目',
  plan: '规划与文件',
  term: '术语',
} as const;

/** Facets in display order: Pagefind filter key (Chinese, shown) and URL parameter (ASCII). */
export const FACETS = [
  { key: '栏目', param: 'section' },
  { key: '类别', param: 'category' },
  { key: '类型', param: 'kind' },
  { key: '状态', param: 'status' },
  { key: '城市', param: 'city' },
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
    内容: [PAGE_TYPES.entry],
  };
}

/** What a search result card shows besides the title and excerpt. */
export function entryResultMeta(kb: Kb, e: EntryView): Record<string, string> {
  return {
    type: PAGE_TYPES.entry,
    category: e.category ? kb.category(e.category).shortTitle : kb.section(e.section).title,
    status: STATUSES[e.status],
  };
}
