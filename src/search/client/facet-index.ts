/**
 * Every page's facet values, read from Pagefind's own filter chunks, so that results are
 * filtered and counted here, never by Pagefind. Once any of its filter chunks is loaded,
 * Pagefind counts every value of it on every search, looking each of the value's pages up in
 * the list of results (`get_filters` in pagefind_web/src/filter.rs): pages × results steps,
 * about a millisecond per result at 100,000 pages, so a common word took seconds. Here a
 * result's values are found through its page number: a step per result and facet. Loaded
 * (as a module, and its data) only once filters are chosen or counted.
 */
import { chosenFacets, type Counts, type Filters } from './facet-counts';
import { PAGEFIND_BASE, type PagefindResult } from './pagefind';
import { compactIndexMeta, compactMetaFile, type PageIds } from './compact-meta';
import { decodeFilterChunk } from './pagefind-cbor';
import { fragmentData, readIndexFile } from './pagefind-files';

export interface Facet {
  values: string[];
  /** Each value's pages (numbers in index order), as the filter chunk lists them. */
  lists: Uint32Array[];
  /** Each page's values, made on first use (filtering and counting results need it, browsing does not). */
  table?: FacetTable;
}

/** The value numbers of page p are ids[start[p]] … ids[start[p + 1] - 1]. */
export interface FacetTable {
  start: Uint32Array;
  ids: Uint32Array;
}

export interface FacetIndex {
  /** Pagefind's result ids by page number and back (its pages' fragment names; this site's build makes them its numbers: scripts/support/compact-page-ids.mjs). */
  pages: PageIds;
  facets: Map<string, Facet>;
}

const facetOf = (values: Map<string, Uint32Array>): Facet => ({ values: [...values.keys()], lists: [...values.values()] });

/** One facet's pages per value, turned into each page's values. */
export function facetTable(facet: Facet, pages: number): FacetTable {
  if (facet.table) return facet.table;
  const start = new Uint32Array(pages + 1);
  for (const list of facet.lists) for (const p of list) start[p + 1]!++;
  for (let p = 0; p < pages; p++) start[p + 1]! += start[p]!;
  const ids = new Uint32Array(start[pages]!);
  const next = start.slice(0, pages);
  facet.lists.forEach((list, id) => {
    for (const p of list) ids[next[p]!++] = id;
  });
  return (facet.table = { start, ids });
}

export function buildFacetIndex(pages: PageIds, chunks: { name: string; values: Map<string, Uint32Array> }[]): FacetIndex {
  return { pages, facets: new Map(chunks.map((c) => [c.name, facetOf(c.values)])) };
}

interface Bundle {
  base: string;
  pages: PageIds;
  /** Each facet's filter chunk, by the facet's name. */
  chunks: Map<string, string>;
}

let bundle: Promise<Bundle> | undefined;
const facets = new Map<string, Promise<Facet>>();

/** The pages and filter chunks of the site's Pagefind bundle (from the compact metadata Pagefind's worker reads too: compact-meta.ts). */
function loadBundle(base: string): Promise<Bundle> {
  bundle ??= (async () => {
    const entry = (await (await fetch(`${base}pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string; page_count: number }> };
    const lang = document.documentElement.lang.toLowerCase();
    const languages = Object.entries(entry.languages);
    const [, language] = languages.find(([l]) => l === lang) ?? languages.sort((a, b) => b[1].page_count - a[1].page_count)[0]!;
    const meta = compactIndexMeta(await readIndexFile(`${base}${compactMetaFile(`pagefind.${language.hash}.pf_meta`)}`));
    return { base, pages: meta.pages, chunks: meta.filterChunks };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

/**
 * The facet index with the named facets (all of them for 'all'), each read once, on first
 * use: filtering by one facet downloads only its chunk (at 100,000 entries about 250 KiB of
 * the 1.8 MiB of all seven, which the counts need).
 */
export async function loadFacetIndex(names: Iterable<string> | 'all', base = PAGEFIND_BASE): Promise<FacetIndex> {
  const b = await loadBundle(base);
  const wanted = names === 'all' ? [...b.chunks.keys()] : [...names].filter((name) => b.chunks.has(name));
  const loaded = await Promise.all(wanted.map(async (name) => [name, await loadFacet(b, name)] as const));
  return { pages: b.pages, facets: new Map(loaded) };
}

/** One facet's chunk, read once (again after a failure). */
function loadFacet(b: Bundle, name: string): Promise<Facet> {
  let facet = facets.get(name);
  if (!facet) {
    facets.set(name, (facet = readIndexFile(`${b.base}filter/${b.chunks.get(name)}.pf_filter`).then((bytes) => facetOf(decodeFilterChunk(bytes).values))));
    facet.catch(() => facets.delete(name));
  }
  return facet;
}

/** A test of a page number: whether it has, for every facet with a choice, one of the chosen values (Pagefind's `any`). */
function matcher(index: FacetIndex, filters: Filters): (p: number) => boolean {
  const wanted = chosenFacets(filters).map((key) => {
    const facet = index.facets.get(key);
    const table = facet && facetTable(facet, index.pages.count);
    return { table, ids: new Set(filters[key]!.map((v) => facet?.values.indexOf(v) ?? -1).filter((id) => id >= 0)) };
  });
  return (p) =>
    wanted.every(({ table, ids }) => {
      if (!table) return false;
      for (let i = table.start[p]!; i < table.start[p + 1]!; i++) if (ids.has(table.ids[i]!)) return true;
      return false;
    });
}

/** The results with the chosen values, in their order. */
export function keep(index: FacetIndex, results: PagefindResult[], filters: Filters): PagefindResult[] {
  const matches = matcher(index, filters);
  return results.filter((r) => {
    const p = index.pages.numberOf(r.id);
    return p !== undefined && matches(p);
  });
}

/**
 * Every page with the chosen values, in index order, as results whose data is read from the
 * page's fragment: what Pagefind returns for a search without words, without asking it (at
 * 100,000 pages it takes about a second to list them all before any filter is applied).
 * Made from the chosen values' own lists of pages: a pass over them and one over the pages.
 */
export function browsePages(index: FacetIndex, filters: Filters, base = PAGEFIND_BASE): PagefindResult[] {
  const { count } = index.pages;
  const keys = chosenFacets(filters);
  // how many facets each page has a chosen value of
  const held = new Uint8Array(count);
  for (const key of keys) {
    const facet = index.facets.get(key);
    if (!facet) return [];
    const has = new Uint8Array(count);
    for (const value of filters[key]!) for (const p of facet.lists[facet.values.indexOf(value)] ?? []) has[p] = 1;
    for (let p = 0; p < count; p++) held[p]! += has[p]!;
  }
  const data = fragmentData(base);
  const results: PagefindResult[] = [];
  for (let p = 0; p < count; p++) if (held[p] === keys.length) results.push(new BrowsedPage(index.pages, p, data));
  return results;
}

/** A page listed by browsing: its id is written out only when asked for (only the pages shown are; tens of thousands may be listed). */
class BrowsedPage implements PagefindResult {
  readonly score = 0;
  constructor(
    private readonly pages: PageIds,
    private readonly page: number,
    readonly data: PagefindResult['data'],
  ) {}
  get id(): string {
    return this.pages.idOf(this.page);
  }
}

/** How many of the results have each value of each facet (every value listed, 0 included, as Pagefind lists them). */
export function countFacets(index: FacetIndex, results: PagefindResult[]): Counts {
  const pages = results.map((r) => index.pages.numberOf(r.id)).filter((p) => p !== undefined);
  const counts: Counts = {};
  for (const [key, facet] of index.facets) {
    const n = new Uint32Array(facet.values.length);
    const { start, ids } = facetTable(facet, index.pages.count);
    for (const p of pages) for (let i = start[p]!; i < start[p + 1]!; i++) n[ids[i]!]!++;
    counts[key] = Object.fromEntries(facet.values.map((v, id) => [v, n[id]!]));
  }
  return counts;
}
