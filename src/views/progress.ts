/** The progress board: entries counted by row (a category, or a section without categories) and status. */
import type { EntryView, Kb } from '../kb/model';
import type { SourceData } from '../kb/schemas/taxonomy';
import { STATUSES, type Status } from '../kb/schemas/vocab';
import { newestFirst } from '../kb/place';

export interface ProgressRow {
  /** The category or section it counts. */
  facet: 'category' | 'section';
  id: string;
  label: string;
  counts: Record<Status, number>;
  total: number;
  entries: EntryView[];
}

export const STATUS_ORDER = Object.keys(STATUSES) as Status[];

function countStatuses(entries: EntryView[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of entries) counts[e.status]++;
  return counts;
}

/** The rows of one report, or of every report when none is named. */
export function progressRows(kb: Kb, sourceId?: string): ProgressRow[] {
  return kb.sections.filter((s) => sourceId === undefined || s.source === sourceId).flatMap((section): ProgressRow[] => {
    const categories = kb.categoriesOf(section.id);
    if (categories.length === 0) {
      const entries = kb.entriesOfSection(section.id);
      return [{ facet: 'section' as const, id: section.id, label: section.title, counts: countStatuses(entries), total: entries.length, entries }];
    }
    return categories.map((c) => {
      const entries = kb.entriesOfCategory(c.id);
      return { facet: 'category' as const, id: c.id, label: c.title, counts: countStatuses(entries), total: entries.length, entries };
    });
  });
}

/** Totals per status over all rows. */
export function progressTotals(rows: ProgressRow[]): Record<Status, number> & { all: number } {
  const totals = { ...countStatuses([]), all: 0 };
  for (const r of rows) {
    for (const s of STATUS_ORDER) totals[s] += r.counts[s];
    totals.all += r.total;
  }
  return totals;
}

/** One board per report, the newest first: its rows and its totals. */
export function progressBoards(kb: Kb): { source: SourceData; rows: ProgressRow[]; totals: ReturnType<typeof progressTotals> }[] {
  return newestFirst(kb).map((source) => {
    const rows = progressRows(kb, source.id);
    return { source, rows, totals: progressTotals(rows) };
  });
}
