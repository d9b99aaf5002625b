/** Where an entry stands in its report: its category, or else its section; as a trail and as a citation. */
import type { EntryView, Kb } from './model';
import { urls } from './urls';

export interface Place {
  kind: 'category' | 'section';
  id: string;
  title: string;
  href: string;
}

/** An entry's place: its category, or else its section. */
export function placeOf(kb: Kb, e: EntryView): Place {
  if (e.category) {
    const c = kb.category(e.category);
    return { kind: 'category', id: c.id, title: c.title, href: urls.category(c.id) };
  }
  const s = kb.section(e.section);
  return { kind: 'section', id: s.id, title: s.title, href: urls.section(s.id) };
}

/** The breadcrumb of an entry: its section, then its category if it has one. */
export function entryTrail(kb: Kb, e: EntryView): { label: string; href: string }[] {
  const trail = [{ label: kb.section(e.section).title, href: urls.section(e.section) }];
  if (e.category) trail.push({ label: kb.category(e.category).title, href: urls.category(e.category) });
  return trail;
}

/** 《报告》 · 栏目 · 类别 · 第 N 条 */
export function entryCite(kb: Kb, e: EntryView): string {
  return [`《${kb.source(e.source).title}》`, ...entryTrail(kb, e).map((t) => t.label), `第 ${e.order} 条`].join(' · ');
}

/** A source report's short name, for facets, labels and exports: 2023年湘潭工作报告. */
export function sourceLabel(s: { year: number; city: string; documentKind: string }): string {
  return `${s.year}年${s.city}${s.documentKind}`;
}

/** The reports, the newest first (reports of one year in the collection's order). */
export function newestFirst(kb: Kb): Kb['sources'] {
  return [...kb.sources].sort((a, b) => b.year - a.year);
}

/** The report an item (an entry, a passage, a section, a category) is from. */
const reportOf = (kb: Kb, item: { source: string } | { section: string }) => ('source' in item ? item.source : kb.section(item.section).source);

/** Where an item's report stands in `newestFirst`: 0 for the newest. */
function reportRank(kb: Kb): (item: { source: string } | { section: string }) => number {
  const rank = new Map(newestFirst(kb).map((s, i) => [s.id, i]));
  return (item) => rank.get(reportOf(kb, item))!;
}

/** Items ordered by their report as `newestFirst` orders the reports; one report's items keep their order. */
export function byNewestReport<T extends { source: string } | { section: string }>(kb: Kb, items: T[]): T[] {
  const rank = reportRank(kb);
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * One section or category per title, the newest report's, in the order of the items:
 * reports share their keywords and 抓… headings, and a list with one per report grows with
 * the collection (and repeats itself).
 */
export function newestPerTitle<T extends { title: string } & ({ source: string } | { section: string })>(kb: Kb, items: T[]): T[] {
  const rank = reportRank(kb);
  const newest = new Map<string, T>();
  for (const item of items) {
    const kept = newest.get(item.title);
    if (!kept || rank(item) < rank(kept)) newest.set(item.title, item);
  }
  return items.filter((item) => newest.get(item.title) === item);
}
