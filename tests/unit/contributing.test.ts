/** CONTRIBUTING.md lists exactly the fields and vocabularies of the schemas, so it cannot drift. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { entrySchema } from '../../src/kb/schemas/entry';
import { planSchema } from '../../src/kb/schemas/plan';
import { termSchema } from '../../src/kb/schemas/term';
import { synonymGroupSchema } from '../../src/kb/schemas/thesaurus';
import { sourceSchema } from '../../src/kb/schemas/taxonomy';
import { CITIES, KINDS, PLAN_LEVELS, STATUSES, SYNONYM_KINDS } from '../../src/kb/schemas/vocab';
import { ROOT } from '../support/corpus';

const doc = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The rows of the first table under a heading: cells of each row. */
function table(heading: string): string[][] {
  const start = doc.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = doc.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim().replace(/^`|`$/g, '')));
  }
  return rows;
}

function fieldsOf(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => [name, (field as z.ZodType).safeParse(undefined).success ? '否' : '是']);
}

describe('CONTRIBUTING.md', () => {
  test.each([
    ['## 来源报告字段', sourceSchema],
    ['## 条目字段', entrySchema],
    ['## 规划与文件字段', planSchema],
    ['## 术语字段', termSchema],
    ['## 同义词组字段', synonymGroupSchema],
  ] as const)('%s matches the schema: every field, and whether it is required', (heading, schema) => {
    expect(table(heading).map(([name, required]) => [name, required])).toEqual(fieldsOf(schema));
  });

  test.each([
    ['### 类型（kind）', KINDS],
    ['### 状态（status）', STATUSES],
    ['### 城市（cities）', CITIES],
    ['### 层级（level）', PLAN_LEVELS],
    ['### 同义词类别（kind）', SYNONYM_KINDS],
  ] as const)('%s lists the vocabulary', (heading, vocab) => {
    expect(table(heading)).toEqual(Object.entries(vocab));
  });
});
