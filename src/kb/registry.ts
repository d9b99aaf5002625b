/**
 * The registry of the knowledge base's collections: where each lives, its schema, what
 * one item is called, where its page is, and which of its fields refer to other
 * collections. It drives the content config (src/content.config.ts), the loader outside
 * Astro (src/load/fs.ts), the loader inside Astro (src/load/astro.ts), the reference
 * rule (src/kb/rules/references.ts) and the list of pages (src/config/site-pages.ts).
 * Adding a collection: one item here plus its schema.
 */
import type { z } from 'astro/zod';
import { entrySchema } from './schemas/entry';
import { planSchema } from './schemas/plan';
import { termSchema } from './schemas/term';
import { synonymGroupSchema } from './schemas/thesaurus';
import { categorySchema, passageSchema, sectionSchema, sourceSchema } from './schemas/taxonomy';
import { urls } from './urls';

/** A field that holds the id (or ids) of items of another collection. */
export interface Reference {
  field: string;
  /** The collection referred to (a key of REGISTRY; checked below). */
  to: string;
}

export interface CollectionSpec {
  /** The folder under the repository root that holds its MDX files (one per item; files starting with _ are ignored). */
  dir: string;
  schema: z.ZodType;
  /** What one item is called, in messages to editors (条目, 栏目 …). */
  label: string;
  /** The site path of an item's page, for collections whose items have pages. */
  page?: (id: string) => string;
  /** Fields that refer to other collections; a missing target is an error naming the field. */
  references: readonly Reference[];
  /** Whether pages show its bodies (editorial introductions, passages), rendered as Markdown when loaded (src/load/data-loader.ts); if not, its bodies are data only. */
  rendered?: true;
}

export const REGISTRY = {
  sources: { dir: 'content/sources', schema: sourceSchema, label: '来源报告', page: urls.source, references: [], rendered: true },
  sections: {
    dir: 'content/sections',
    schema: sectionSchema,
    label: '栏目',
    page: urls.section,
    references: [{ field: 'source', to: 'sources' }],
    rendered: true,
  },
  categories: {
    dir: 'content/categories',
    schema: categorySchema,
    label: '类别',
    page: urls.category,
    references: [{ field: 'section', to: 'sections' }],
    rendered: true,
  },
  entries: {
    dir: 'content/entries',
    schema: entrySchema,
    label: '条目',
    page: urls.entry,
    // category is checked by the category rule: it must belong to the entry's section
    references: [
      { field: 'source', to: 'sources' },
      { field: 'section', to: 'sections' },
      { field: 'plans', to: 'plans' },
      { field: 'continues', to: 'entries' },
    ],
  },
  passages: {
    dir: 'content/passages',
    schema: passageSchema,
    label: '段落',
    references: [
      { field: 'source', to: 'sources' },
      { field: 'plans', to: 'plans' },
    ],
    rendered: true,
  },
  plans: { dir: 'content/plans', schema: planSchema, label: '规划与文件', page: urls.plan, references: [], rendered: true },
  terms: { dir: 'content/terms', schema: termSchema, label: '术语', page: urls.term, references: [] },
  thesaurus: { dir: 'content/thesaurus', schema: synonymGroupSchema, label: '同义词组', references: [] },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof REGISTRY;

// Every reference points to a collection of the registry.
type ReferenceTargets = (typeof REGISTRY)[CollectionName]['references'][number]['to'];
const targetsAreCollections: ReferenceTargets extends CollectionName ? true : never = true;
void targetsAreCollections;

/** The collections, in registry order. */
export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** The validated frontmatter of an item of a collection. */
export type DataOf<N extends CollectionName> = z.infer<(typeof REGISTRY)[N]['schema']>;

/** One content file: where it is, its validated frontmatter and its MDX body. */
export interface Doc<T> {
  /** Path relative to the repository root, for error messages (content/entries/…/x.mdx). */
  file: string;
  data: T;
  body: string;
}

/** Every collection of the knowledge base, as plain documents. */
export type Corpus = { [N in CollectionName]: Doc<DataOf<N>>[] };

/** Collections whose items have pages of their own. */
export type PagedCollection = { [N in CollectionName]: (typeof REGISTRY)[N] extends { page: unknown } ? N : never }[CollectionName];

/** The corpus without its drafts (draft: true): what the site shows. */
export function publishedPart(corpus: Corpus): Corpus {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, (corpus[name] as Doc<{ draft?: boolean }>[]).filter((d) => d.data.draft !== true)]),
  ) as Corpus;
}
