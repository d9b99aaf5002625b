/** The key-figures table: every figure of every entry, with its entry and category. */
import type { EntryView, Kb } from '../kb/model';
import { newestPerTitle, placeOf } from '../kb/place';
import { urls } from '../kb/urls';

export interface FigureRow {
  value: number;
  unit: string;
  counts: string;
  /** The words of the text that state it. */
  text: string;
  entryId: string;
  entryTitle: string;
  category: string;
  url: string;
}

/** The figures of some entries (all of them by default), in entry order. */
export function figureRows(kb: Kb, entries: EntryView[] = kb.entries): FigureRow[] {
  return entries.flatMap((e) =>
    e.figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      counts: f.counts,
      text: f.text,
      entryId: e.id,
      entryTitle: e.title,
      category: placeOf(kb, e).title,
      url: urls.entry(e.id),
    })),
  );
}

/** How many bars a chart of the figures page shows at most (the largest). */
export const CHART_LIMIT = 20;

/**
 * Entries a category title holds, for a chart: with several reports their categories share
 * titles (抓交通设施高效通达 …), and one bar per title keeps the chart readable; each bar
 * links to the newest report's category of that title.
 */
export function entriesPerCategoryTitle(kb: Kb): { label: string; value: number; href: string }[] {
  const entries = new Map<string, number>();
  for (const c of kb.categories) entries.set(c.title, (entries.get(c.title) ?? 0) + kb.entriesOfCategory(c.id).length);
  return newestPerTitle(kb, kb.categories).map((c) => ({ label: c.title, value: entries.get(c.title)!, href: urls.category(c.id) }));
}

/** Figures of one unit (e.g. 亿元), largest first: the ones a chart can compare. */
export function comparable(rows: FigureRow[], unit: string): FigureRow[] {
  return rows.filter((r) => r.unit === unit).sort((a, b) => b.value - a.value);
}

export const FIGURE_FIELDS = [
  { name: 'value', description: '数值' },
  { name: 'unit', description: '单位' },
  { name: 'counts', description: '统计对象' },
  { name: 'text', description: '原文表述' },
  { name: 'category', description: '类别（或栏目）' },
  { name: 'entryId', description: '条目编号' },
  { name: 'entryTitle', description: '条目标题（编者拟）' },
  { name: 'url', description: '条目页的完整网址' },
];

/** One formatter for every page: making an Intl.NumberFormat costs more than a page's figures do. */
const NUMBER = new Intl.NumberFormat('zh-CN');

/** A figure's value as the site writes it (digits grouped, as in 1,234.5). */
export const formatNumber = (value: number): string => NUMBER.format(value);
