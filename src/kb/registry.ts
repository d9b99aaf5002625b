import type { EntryData } from './schemas/entry';
import type { PlanData } from './schemas/plan';
import type { CategoryData, PassageData, SectionData, SourceData } from './schemas/taxonomy';
import type { TermData } from './schemas/term';

/** One content file: where it is, its validated frontmatter and its MDX body. */
export interface Doc<T> {
  /** Path relative to the repository root, for error messages (content/entries/…/x.mdx). */
  file: string;
  data: T;
  body: string;
}

/** Every collection of the knowledge base, as plain documents. */
export interface Corpus {
  sources: Doc<SourceData>[];
  sections: Doc<SectionData>[];
  categories: Doc<CategoryData>[];
  entries: Doc<EntryData>[];
  passages: Doc<PassageData>[];
  plans: Doc<PlanData>[];
  terms: Doc<TermData>[];
}

/** The collections, with the folder under content/ that holds each. */
export const COLLECTION_DIRS: Record<keyof Corpus, string> = {
  sources: 'content/sources',
  sections: 'content/sections',
  categories: 'content/categories',
  entries: 'content/entries',
  passages: 'content/passages',
  plans: 'content/plans',
  terms: 'content/terms',
};
