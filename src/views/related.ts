/**
 * Related entries, computed at build time, across the whole site: entries that share a
 * plan, an organisation, a place, a glossary term or much of their wording (of any
 * category or report), and the neighbours in the same category; scored by how much they
 * share, each with why. Candidates come from indexes built once per knowledge base, so
 * an entry's related entries cost what it shares, not the size of the site.
 */
import { groupBy, type EntryView, type Kb } from '../kb/model';
import { bigramVector, type Vector } from '../kb/text/similarity';

const WEIGHTS = { plan: 4, org: 3, place: 3, wording: 3, term: 1, category: 0.5 } as const;
/** What two entries may share, in words, in the order of the parts `scoreParts` writes. */
const REASONS = ['同一规划或文件', '同一机构', '同一地点', '内容相近', '同一术语', '同一类别', '同一栏目'] as const;

export interface Relation {
  entry: EntryView;
  score: number;
  /** What they share, in words (同一规划、同一机构 …). */
  reasons: string[];
}

/** A term used by more than one entry in eight (长株潭都市圈 in this report) relates nothing in particular. */
const COMMON_TERM_SHARE = 1 / 8;
/** Wording counts when two texts share this much (cosine of their weighted character pairs). */
const WORDING_FLOOR = 0.12;
/** A character pair in more entries than this says nothing about two of them (at least a few; at most 50). */
const pairCap = (n: number) => Math.min(50, Math.max(3, Math.ceil(n / 10)));
/** How many neighbours in its category an entry is compared with besides those sharing something. */
const CATEGORY_NEIGHBOURS = 2;
/**
 * From a plan, organisation, place or term that many entries share, an entry is compared
 * with this many on each side of it in report order, not with all: a plan cited by thousands
 * of entries would otherwise make every page's cost grow with the site.
 */
const SHARED_NEIGHBOURS = 4;

interface RelatedIndex {
  by: Record<'plans' | 'orgs' | 'places' | 'termIds', Map<string, EntryView[]>>;
  common: Set<string>;
  vectors: Map<EntryView, Vector>;
  /** Each entry's sum of squared weights (the cosine's denominator is the root of two of them). */
  squares: Map<EntryView, number>;
  /** Entries holding each informative character pair, with its weight in each. */
  pairs: Map<string, { entries: EntryView[]; weights: number[] }>;
  /** Each entry's place in the list of all (the order of every list above). */
  rank: Map<EntryView, number>;
}

const indexes = new WeakMap<Kb, RelatedIndex>();

function relatedIndex(kb: Kb): RelatedIndex {
  let index = indexes.get(kb);
  if (index) return index;
  const all = kb.entries;
  const by: RelatedIndex['by'] = {
    plans: groupBy(all, (e) => e.plans),
    orgs: groupBy(all, (e) => e.orgs),
    places: groupBy(all, (e) => e.places),
    termIds: groupBy(all, (e) => e.termIds),
  };
  const common = new Set([...by.termIds].filter(([, es]) => es.length > all.length * COMMON_TERM_SHARE).map(([t]) => t));
  const df = new Map<string, number>();
  const raw = new Map(all.map((e) => [e, bigramVector(e.text)]));
  for (const v of raw.values()) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const cap = pairCap(all.length);
  const vectors = new Map<EntryView, Vector>();
  for (const [e, v] of raw) {
    const weighted: Vector = new Map();
    for (const [g, n] of v) {
      const d = df.get(g)!;
      // a pair in one entry only, or in too many, relates nothing
      if (d >= 2 && d <= cap) weighted.set(g, n * Math.log(all.length / d));
    }
    vectors.set(e, weighted);
  }
  const pairs: RelatedIndex['pairs'] = new Map();
  const squares = new Map<EntryView, number>();
  for (const [e, v] of vectors) {
    let sum = 0;
    for (const [g, w] of v) {
      sum += w * w;
      let posting = pairs.get(g);
      if (!posting) pairs.set(g, (posting = { entries: [], weights: [] }));
      posting.entries.push(e);
      posting.weights.push(w);
    }
    squares.set(e, sum);
  }
  const rank = new Map(all.map((e, i) => [e, i]));
  index = { by, common, vectors, squares, pairs, rank };
  indexes.set(kb, index);
  return index;
}

/** How many of `a` are in `b`, leaving out those in `skip` (terms too common to relate anything). */
function shared(a: string[], b: string[], skip?: Set<string>): number {
  let n = 0;
  for (const x of a) if (!skip?.has(x) && b.includes(x)) n++;
  return n;
}

/** The entries of a list (in the order of all) nearest to `entry`, which it holds: all of a short list, a window of a long one. */
function nearest(list: EntryView[], entry: EntryView, rank: Map<EntryView, number>): EntryView[] {
  if (list.length <= 2 * SHARED_NEIGHBOURS + 1) return list;
  const r = rank.get(entry)!;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank.get(list[mid]!)! < r) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - SHARED_NEIGHBOURS), lo + SHARED_NEIGHBOURS + 1);
}

export function relatedEntries(entry: EntryView, kb: Kb, limit = 5): Relation[] {
  const index = relatedIndex(kb);
  const candidates = new Set<EntryView>();
  const sharing = (list: EntryView[] | undefined) => nearest(list ?? [], entry, index.rank);
  for (const key of ['plans', 'orgs', 'places'] as const) for (const v of entry[key]) for (const o of sharing(index.by[key].get(v))) candidates.add(o);
  for (const t of entry.termIds) if (!index.common.has(t)) for (const o of sharing(index.by.termIds.get(t))) candidates.add(o);
  // The wording's dot products, summed along the pairs' lists: every entry sharing a pair is
  // a candidate, and its cosine costs no second walk through its pairs.
  const dots = new Map<EntryView, number>();
  for (const [g, w] of index.vectors.get(entry)!) {
    const { entries, weights } = index.pairs.get(g)!;
    for (let i = 0; i < entries.length; i++) dots.set(entries[i]!, (dots.get(entries[i]!) ?? 0) + w * weights[i]!);
  }
  for (const o of dots.keys()) candidates.add(o);
  const { list, at } = kb.entryGroup(entry.id);
  for (let d = 1; d <= CATEGORY_NEIGHBOURS; d++) for (const o of [list[at - d], list[at + d]]) if (o) candidates.add(o);
  candidates.delete(entry);

  const parts = new Float64Array(REASONS.length);
  const scored: { entry: EntryView; score: number; wording: number }[] = [];
  for (const other of candidates) {
    const lengths = index.squares.get(entry)! * index.squares.get(other)!;
    const wording = lengths ? (dots.get(other) ?? 0) / Math.sqrt(lengths) : 0;
    const score = scoreParts(entry, other, wording, index.common, parts);
    if (score > 0) scored.push({ entry: other, score, wording });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
    .slice(0, limit)
    .map(({ entry: other, score, wording }) => {
      scoreParts(entry, other, wording, index.common, parts);
      return { entry: other, score, reasons: REASONS.filter((_, i) => parts[i]! > 0) };
    });
}

/**
 * How much `other` shares with `entry`, part by part (written into `parts`, in the order of
 * REASONS), and in all; computed for every candidate, so without allocating.
 */
function scoreParts(entry: EntryView, other: EntryView, wording: number, common: Set<string>, parts: Float64Array): number {
  parts[0] = shared(entry.plans, other.plans) * WEIGHTS.plan;
  parts[1] = shared(entry.orgs, other.orgs) * WEIGHTS.org;
  parts[2] = shared(entry.places, other.places) * WEIGHTS.place;
  parts[3] = wording >= WORDING_FLOOR ? wording * WEIGHTS.wording : 0;
  parts[4] = shared(entry.termIds, other.termIds, common) * WEIGHTS.term;
  parts[5] = entry.category && entry.category === other.category ? WEIGHTS.category : 0;
  parts[6] = !entry.category && !other.category && entry.section === other.section ? WEIGHTS.category : 0;
  let score = 0;
  for (let i = 0; i < parts.length; i++) score += parts[i]!;
  return score;
}
