/** The search quality query set (tests/search/queries.json), with each query's rivals in the content as it is. */
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import type { EntryView } from '../../src/kb/model';
import { urls } from '../../src/kb/urls';
import { kb, ROOT } from './corpus';

export const QUERY_KINDS = ['exact', 'partial', 'boundary', 'alias', 'traditional', 'number', 'multi'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface LabelledQuery {
  q: string;
  /** The URL path of the page that should be the first result. */
  expect: string;
  kind: QueryKind;
}

export const QUERIES: LabelledQuery[] = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'tests/search/queries.json'), 'utf8'),
).queries;

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The words a query looks for in a text: simplified, without spaces between a number and its unit. */
export function queryWords(q: LabelledQuery): string[] {
  const simplified = q.kind === 'traditional' ? toSimplified(q.q) : q.q;
  return q.kind === 'multi' ? simplified.split(/\s+/) : [simplified.replace(/\s+/g, '')];
}

/** Does an entry hold every word of the query, in its text or its aliases? */
export const holds = (e: EntryView, words: string[]) => words.every((w) => e.text.includes(w) || e.aliases.includes(w));

/** The expected entry of a query. */
export const expectedEntry = (q: LabelledQuery) => kb.entries.find((e) => urls.entry(e.id) === q.expect);

/**
 * Other entries that hold the query's words as much as the expected one does: in the
 * content as it is, they have an equal claim to the first place. A query is answered
 * first when its expected entry ranks within 1 + rivals.
 */
export function rivals(q: LabelledQuery): EntryView[] {
  const words = queryWords(q);
  return kb.entries.filter((e) => urls.entry(e.id) !== q.expect && holds(e, words));
}
