import { COLLECTION_NAMES, publishedPart, type CollectionName, type Corpus, type DataOf, type Doc } from './registry';
import type { EntryData } from './schemas/entry';
import type { PlanData } from './schemas/plan';
import type { TermData } from './schemas/term';
import type { CategoryData, PassageData, SectionData, SourceData } from './schemas/taxonomy';
import { paragraphs } from './text/plain';
import { parseReport, type ParsedReport } from './text/report';
import { termIdsIn } from './text/terms';

/** An entry with what is derived from it. */
export interface EntryView extends EntryData {
  file: string;
  /** The verbatim statement as plain text. */
  text: string;
  /** The verbatim statement's paragraphs (one, for an item of a report). */
  paragraphs: string[];
  /** Glossary terms its text uses, in order of first use. */
  termIds: string[];
}

/** A passage (opening, outlook) with what is derived from it. */
export interface PassageView extends PassageData {
  file: string;
  text: string;
  paragraphs: string[];
  termIds: string[];
}

/** Every collection of the registry as plain data; entries and passages with what is derived from them. */
export type KbCollections = Omit<{ [N in CollectionName]: DataOf<N>[] }, 'entries' | 'passages'> & { entries: EntryView[]; passages: PassageView[] };

/** The knowledge base: every collection with its derived indexes. Pages are views of it. */
export interface Kb extends KbCollections {
  section(id: string): SectionData;
  category(id: string): CategoryData;
  plan(id: string): PlanData;
  term(id: string): TermData;
  source(id: string): SourceData;
  entry(id: string): EntryView;
  passage(id: string): PassageView;
  /** Categories of a section, in order. */
  categoriesOf(sectionId: string): CategoryData[];
  /** Entries of a section that have no category, in source order. */
  entriesOfSection(sectionId: string): EntryView[];
  /** Entries of a category, in source order. */
  entriesOfCategory(categoryId: string): EntryView[];
  /** Entries that name a plan, in source order. */
  entriesNamingPlan(planId: string): EntryView[];
  /** Passages (opening, outlook) that name a plan. */
  passagesNamingPlan(planId: string): Kb['passages'];
  /** Entries whose text uses a term, in source order. */
  entriesUsingTerm(termId: string): EntryView[];
  /** Passages (opening, outlook) whose text uses a term. */
  passagesUsingTerm(termId: string): Kb['passages'];
  /** A source report as its text prints it (opening, sections, headings, items, outlook), if its text is known. */
  report(sourceId: string): ParsedReport | undefined;
  /** A source report's extracted text as received. */
  sourceText(sourceId: string): string | undefined;
  /** Entries of a source report, in its order. */
  entriesOfSource(sourceId: string): EntryView[];
  /** A project across reports: the entry, the ones it continues and the ones continuing it, newest first. */
  history(entryId: string): EntryView[];
  /** An entry's list, its category's entries (or its section's, when it has no category) in report order, and its place in it. */
  entryGroup(entryId: string): { list: EntryView[]; at: number };
  /** The entries before and after one, within its category (or its section). */
  neighbours(entryId: string): { prev?: EntryView; next?: EntryView };
}

function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

function indexBy<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const map = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`没有 id 为 ${JSON.stringify(id)} 的${what}`);
    return found;
  };
}

export function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key) ?? [];
      list.push(item);
      map.set(key, list);
    }
  }
  return map;
}

const data = <T>(docs: Doc<T>[]): T[] => docs.map((d) => d.data);

/**
 * Builds the indexes of a corpus that has passed every content rule (src/kb/rules): of
 * its published part, since drafts are not on the site.
 */
export function buildKb(all: Corpus, sourceTexts: ReadonlyMap<string, string> = new Map()): Kb {
  const corpus = publishedPart(all);
  const published = new Set(corpus.sources.map((s) => s.data.id));
  const reports = new Map([...sourceTexts].filter(([id]) => published.has(id)).map(([id, text]) => [id, parseReport(text)]));
  const terms = data(corpus.terms);
  const sourceRank = new Map(corpus.sources.map((s, i) => [s.data.id, i]));
  const entries: EntryView[] = corpus.entries
    .map((d) => {
      const parts = paragraphs(d.body);
      const text = parts.join('');
      return { ...d.data, file: d.file, text, paragraphs: parts, termIds: termIdsIn(text, terms) };
    })
    .sort((a, b) => (sourceRank.get(a.source)! - sourceRank.get(b.source)!) || a.order - b.order);
  const passages = corpus.passages.map((d) => {
    const parts = paragraphs(d.body);
    const text = parts.join('');
    return { ...d.data, file: d.file, text, paragraphs: parts, termIds: termIdsIn(text, terms) };
  });
  const sections = data(corpus.sections).sort(byOrder);
  const categories = data(corpus.categories).sort(byOrder);
  const categoriesBySection = groupBy(categories, (c) => [c.section]);
  const byCategory = groupBy(entries, (e) => (e.category ? [e.category] : []));
  const bySectionOnly = groupBy(entries, (e) => (e.category ? [] : [e.section]));
  const byPlan = groupBy(entries, (e) => e.plans);
  const bySource = groupBy(entries, (e) => [e.source]);
  const continuedBy = groupBy(entries, (e) => (e.continues ? [e.continues] : []));
  const byTerm = groupBy(entries, (e) => e.termIds);
  const passagesByPlan = groupBy(passages, (p) => p.plans);
  const passagesByTerm = groupBy(passages, (p) => p.termIds);
  const entry = indexBy(entries, '条目');
  // each entry's category (or section) list and its place in it, for its neighbours without a scan
  const groupOf = new Map<EntryView, { list: EntryView[]; at: number }>();
  for (const list of [...byCategory.values(), ...bySectionOnly.values()]) list.forEach((e, at) => groupOf.set(e, { list, at }));
  const entryGroup = (entryId: string) => groupOf.get(entry(entryId))!;

  // Every collection as it is, then the ones with an order or derived fields.
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, data(corpus[name] as Doc<unknown>[])])) as KbCollections;
  return {
    ...collections,
    sections,
    categories,
    entries,
    passages,
    section: indexBy(sections, '栏目'),
    category: indexBy(categories, '类别'),
    plan: indexBy(data(corpus.plans), '规划与文件'),
    term: indexBy(terms, '术语'),
    source: indexBy(data(corpus.sources), '来源报告'),
    entry,
    passage: indexBy(passages, '段落'),
    history(entryId) {
      const chain = [entry(entryId)];
      for (let e = chain[0]!; e.continues; ) chain.push((e = entry(e.continues)));
      for (let next = continuedBy.get(entryId); next?.length; next = continuedBy.get(chain[0]!.id)) chain.unshift(next[0]!);
      return chain;
    },
    report: (sourceId) => reports.get(sourceId),
    sourceText: (sourceId) => sourceTexts.get(sourceId),
    entriesOfSource: (sourceId) => bySource.get(sourceId) ?? [],
    categoriesOf: (sectionId) => categoriesBySection.get(sectionId) ?? [],
    entriesOfSection: (sectionId) => bySectionOnly.get(sectionId) ?? [],
    entriesOfCategory: (categoryId) => byCategory.get(categoryId) ?? [],
    entriesNamingPlan: (planId) => byPlan.get(planId) ?? [],
    passagesNamingPlan: (planId) => passagesByPlan.get(planId) ?? [],
    entriesUsingTerm: (termId) => byTerm.get(termId) ?? [],
    passagesUsingTerm: (termId) => passagesByTerm.get(termId) ?? [],
    entryGroup,
    neighbours(entryId) {
      const { list, at } = entryGroup(entryId);
      return { prev: list[at - 1], next: list[at + 1] };
    },
  };
}
