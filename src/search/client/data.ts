/** The search data both doors share (src/search/data.ts, /search-data.json), fetched once. */
import type { SearchData } from '../data';
import { buildLexicon, type Lexicon } from './analyze';

export interface LoadedSearchData extends SearchData {
  lexicon: Lexicon;
  siteChars: Set<string>;
  /** Undefined when the file has none: every character outside the site's is then converted. */
  traditionalChars: Set<string> | undefined;
}

let loading: Promise<LoadedSearchData> | undefined;

export function loadSearchData(url = '/search-data.json'): Promise<LoadedSearchData> {
  loading ??= fetch(url)
    .then((r) => r.json() as Promise<SearchData>)
    .then((data) => ({
      ...data,
      siteChars: new Set([...data.chars]),
      // a copy of the file from before a deploy (cached) may lack the newer fields: then as before
      traditionalChars: data.traditional === undefined ? undefined : new Set([...data.traditional]),
      lexicon: buildLexicon(data.synonyms, data.suggestions.flatMap((s) => s.words), data.used),
    }));
  return loading;
}
