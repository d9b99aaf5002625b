/** What every content rule is given: the corpus, with the lookups most rules need. */
import type { CollectionName, Corpus, Doc } from '../registry';
import { plainText } from '../text/plain';
import type { ContentError } from './error';

export interface RuleContext {
  corpus: Corpus;
  /** The extracted text of each source report, by source id (content/sources/<id>.txt). */
  sourceTexts: ReadonlyMap<string, string>;
  /** The ids of a collection. */
  ids(name: CollectionName): Set<string>;
  /** The plain text of a document's body (an entry's or passage's verbatim statement). */
  textOf(doc: Doc<unknown>): string;
}

/** A content rule: reports each mistake it finds. */
export type Rule = (context: RuleContext, report: (error: ContentError) => void) => void;

export function ruleContext(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>): RuleContext {
  const ids = new Map<CollectionName, Set<string>>();
  const texts = new Map<Doc<unknown>, string>();
  return {
    corpus,
    sourceTexts,
    ids(name) {
      let set = ids.get(name);
      if (!set) ids.set(name, (set = new Set(corpus[name].map((d) => d.data.id))));
      return set;
    },
    textOf(doc) {
      let text = texts.get(doc);
      if (text === undefined) texts.set(doc, (text = plainText(doc.body)));
      return text;
    },
  };
}
