/** The search data both doors share (src/search/data.ts, /search-data.json), fetched once. */
import type { SearchData } from '../data';
import { buildLexicon, type Lexicon } from './analyze';

export interface LoadedSearchData extends SearchData {
  lexicon: Lexicon;
  siteChars: Set<string>;
  traditionalChars: Set<string>;
}

let loading: Promise<LoadedSearchData> | undefined;

export function loadSearchData(url = '/search-data.json'): Promise<LoadedSearchData> {
  loading ??= fetch(url)
    .then((r) => r.json() as Promise<SearchData>)
    .then((data) => ({
      ...data,
      siteChars: new Set([...data.chars]),
      traditionalChars: new Set([...data.traditional]),
      lexicon: buildLexicon(data.synonyms, data.suggestions.flatMap((s) => s.words), data.used),
    }));
  return loading;
}
