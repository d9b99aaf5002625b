/** The natural query set (tests/search/natural-queries.json): queries in readers' own words, each with the entries that answer it. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus';

export const NATURAL_KINDS = ['everyday', 'abbreviation', 'paraphrase', 'question', 'extra-words'] as const;
export type NaturalKind = (typeof NATURAL_KINDS)[number];

export interface NaturalQuery {
  q: string;
  kind: NaturalKind;
  /** URL paths of the pages that answer it; any of them counts. */
  expect: string[];
}

export const NATURAL_QUERIES: NaturalQuery[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/search/natural-queries.json'), 'utf8')).queries;
