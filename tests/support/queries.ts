/** The search quality query set (tests/search/queries.json). */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus';

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
