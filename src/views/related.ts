/**
 * Related entries, computed at build time: entries that share a plan, an organisation,
 * a place, a glossary term, the category (or, outside categories, the section), scored
 * by how much they share.
 */
import type { EntryView } from '../kb/model';

const WEIGHTS = { plan: 4, org: 3, place: 3, term: 1, category: 1 } as const;

export interface Relation {
  entry: EntryView;
  score: number;
  /** What they share, in words (同一规划、同一机构 …). */
  reasons: string[];
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/** A term used by more than one entry in eight (长株潭都市圈 in this report) relates nothing in particular. */
const COMMON_TERM_SHARE = 1 / 8;

const commonTermsOf = new WeakMap<EntryView[], Set<string>>();

/** The terms used too widely to relate two entries, counted once per list of entries. */
function commonTerms(all: EntryView[]): Set<string> {
  let common = commonTermsOf.get(all);
  if (!common) {
    const uses = new Map<string, number>();
    for (const e of all) for (const t of e.termIds) uses.set(t, (uses.get(t) ?? 0) + 1);
    common = new Set([...uses].filter(([, n]) => n > all.length * COMMON_TERM_SHARE).map(([t]) => t));
    commonTermsOf.set(all, common);
  }
  return common;
}

export function relatedEntries(entry: EntryView, all: EntryView[], limit = 5): Relation[] {
  const common = commonTerms(all);
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => {
      const parts: [number, string][] = [
        [shared(entry.plans, other.plans) * WEIGHTS.plan, '同一规划或文件'],
        [shared(entry.orgs, other.orgs) * WEIGHTS.org, '同一机构'],
        [shared(entry.places, other.places) * WEIGHTS.place, '同一地点'],
        [shared(entry.termIds.filter((t) => !common.has(t)), other.termIds) * WEIGHTS.term, '同一术语'],
        [entry.category && entry.category === other.category ? WEIGHTS.category : 0, '同一类别'],
        [!entry.category && !other.category && entry.section === other.section ? WEIGHTS.category : 0, '同一栏目'],
      ];
      const score = parts.reduce((s, [n]) => s + n, 0);
      return { entry: other, score, reasons: parts.filter(([n]) => n > 0).map(([, why]) => why) };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
    .slice(0, limit);
}
