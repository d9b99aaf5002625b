/**
 * The report a page belongs to, from its address: an entry's, a section's, a category's,
 * or the report's own page. Other pages (search, glossary …) belong to none.
 */
import type { Kb } from '../kb/model';
import { urls } from '../kb/urls';

const byPath = new WeakMap<Kb, Map<string, string>>();

function pathsOf(kb: Kb): Map<string, string> {
  let map = byPath.get(kb);
  if (map) return map;
  map = new Map();
  for (const s of kb.sources) map.set(urls.source(s.id), s.id);
  for (const s of kb.sections) map.set(urls.section(s.id), s.source);
  for (const c of kb.categories) map.set(urls.category(c.id), kb.section(c.section).source);
  for (const e of kb.entries) map.set(urls.entry(e.id), e.source);
  byPath.set(kb, map);
  return map;
}

/** The id of the report the page at `pathname` belongs to, if any. */
export function reportOfPage(kb: Kb, pathname: string): string | undefined {
  return pathsOf(kb).get(pathname.replace(/\/?$/, '/'));
}
