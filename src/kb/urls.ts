/** The site's stable URLs, in one place. All end in a slash (trailingSlash: 'always'). */
export const urls = {
  home: () => '/',
  section: (id: string) => `/sections/${id}/`,
  category: (id: string) => `/categories/${id}/`,
  entry: (id: string) => `/entries/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  /** An item's place in its report as published (the source page's anchor). */
  sourceItem: (id: string, order: number) => `/sources/${id}/#item-${order}`,
  /** A report's extracted text as received, for download. */
  sourceText: (id: string) => `/sources/${id}.txt`,
  plans: () => '/plans/',
  plan: (id: string) => `/plans/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/${id}/`,
  outlook: () => '/outlook/',
  /** Where a report passage is shown: the opening on the home page, the outlook on its own page. */
  passage: (kind: 'opening' | 'outlook') => (kind === 'opening' ? '/' : '/outlook/'),
  data: () => '/data/',
  search: () => '/search/',
  /** What both search doors load besides the index (src/search/data.ts). */
  searchData: () => '/search-data.json',
  /** The Atom feed of new and changed entries and reports. */
  feed: () => '/feed.xml',
  progress: () => '/progress/',
  figures: () => '/figures/',
  cities: () => '/cities/',
  about: () => '/about/',
  citing: () => '/citing/',
};

/**
 * A page's full address on the site (for exports, JSON-LD and citations): every export
 * gives absolute URLs, so that a record means the same wherever it is copied.
 */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
