/** The search page's state and its URL form: ?q=…&category=…&city=… (repeatable facet parameters). */
import { FACETS, PAGE_TYPES, type FacetKey } from '../facets';
import { urls } from '../../kb/urls';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { key, param } of FACETS) {
    const values = params.getAll(param).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').slice(0, 200), filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key, param } of FACETS) for (const v of state.filters[key] ?? []) params.append(param, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v && v.length > 0);
}

/** The search page listing the entries with these filter values (no query): where a count on the site links to. */
export function entryListUrl(filters: SearchState['filters']): string {
  return urls.search() + writeState({ q: '', filters: { 内容: [PAGE_TYPES.entry], ...filters } });
}
