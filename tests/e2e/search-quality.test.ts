/**
 * Search quality in Chromium, through both doors (the /search/ page and the header dialog),
 * on two query sets: the literal set in the report's own words (tests/search/queries.json)
 * and the natural set in readers' words (tests/search/natural-queries.json); beside plain
 * Pagefind over plain pages as a baseline. Reports hit@1, hit@5, MRR and the zero-result
 * rate per kind (console and test-results/search-quality.md).
 * Goals: the literal set at hit@1 = 1 through both doors; the natural set at hit@5 ≥ 0.9
 * with at most 5 % of queries finding nothing, through both doors.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { kb, ROOT } from '../support/corpus';
import { NATURAL_KINDS, NATURAL_QUERIES } from '../support/natural-queries';
import { QUERIES, QUERY_KINDS, rivals } from '../support/queries';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server';
import { buildBaselineSite } from './baseline-site';
import { browserForFile } from '../../scripts/support/chromium';
import { viaDialog, viaPage } from './search-doors';

const base = inject('baseUrl');
const browser = browserForFile({ beforeAll, afterAll });
let baseline: StaticServer;
let baselineDir: string;

beforeAll(async () => {
  baselineDir = await buildBaselineSite(kb);
  baseline = await serveStatic(baselineDir);
});
afterAll(async () => {
  await baseline?.close();
  if (baselineDir) fs.rmSync(baselineDir, { recursive: true, force: true });
});

async function viaPlainPagefind(page: Page, q: string): Promise<string[]> {
  if (!page.url().startsWith(baseline.url)) await page.goto(`${baseline.url}/`);
  return page.evaluate(`(async () => {
    window.pf ??= await import(location.origin + '/pagefind/pagefind.js');
    const found = await window.pf.search(${JSON.stringify(q)});
    const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return top.map((d) => new URL(d.url, location.origin).pathname.replace(/index\\.html$/, ''));
  })()`);
}

/** One query of either set: the pages that answer it, and how many rivals share first place. */
interface Case {
  q: string;
  kind: string;
  expect: string[];
  ties: number;
}

const LITERAL: Case[] = QUERIES.map((q) => ({ q: q.q, kind: q.kind, expect: [q.expect], ties: rivals(q).length }));
const NATURAL: Case[] = NATURAL_QUERIES.map((q) => ({ q: q.q, kind: q.kind, expect: q.expect, ties: 0 }));

interface Row {
  kind: string;
  rank: number;
  zero: boolean;
  q: string;
  top: string[];
}

/** The rank of the first answering page; rivals with an equal claim share first place with it. */
function rankOf(results: string[], c: Case): number {
  const at = results.findIndex((r) => c.expect.includes(r)) + 1;
  return at > 0 ? Math.max(1, at - c.ties) : 0;
}

async function run(cases: Case[], door: (page: Page, q: string) => Promise<string[]>): Promise<Row[]> {
  const page = await browser().newPage();
  const rows: Row[] = [];
  for (const c of cases) {
    const results = await door(page, c.q);
    rows.push({ kind: c.kind, rank: rankOf(results, c), zero: results.length === 0, q: c.q, top: results.slice(0, 3) });
  }
  await page.close();
  return rows;
}

interface Score {
  n: number;
  hit1: number;
  hit5: number;
  mrr: number;
  zero: number;
}

function score(rows: Row[], kinds: readonly string[]): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const kind of [...kinds, 'all']) {
    const r = rows.filter((x) => kind === 'all' || x.kind === kind);
    const n = r.length;
    out[kind] = {
      n,
      hit1: r.filter((x) => x.rank === 1).length / n,
      hit5: r.filter((x) => x.rank >= 1 && x.rank <= 5).length / n,
      mrr: r.reduce((s, x) => s + (x.rank > 0 ? 1 / x.rank : 0), 0) / n,
      zero: r.filter((x) => x.zero).length / n,
    };
  }
  return out;
}

const f = (x: number) => x.toFixed(3);

function table(title: string, kinds: readonly string[], doors: Record<string, Row[]>): string[] {
  const scores = Object.fromEntries(Object.entries(doors).map(([name, rows]) => [name, score(rows, kinds)]));
  const names = Object.keys(doors);
  return [
    `## ${title}`,
    '',
    `| kind | n | ${names.map((d) => `${d} hit@1 | ${d} hit@5 | ${d} MRR | ${d} zero`).join(' | ')} |`,
    `| --- | --- | ${names.map(() => '--- | --- | --- | ---').join(' | ')} |`,
    ...[...kinds, 'all'].map((k) => `| ${k} | ${scores[names[0]!]![k]!.n} | ${names.map((d) => { const s = scores[d]![k]!; return `${f(s.hit1)} | ${f(s.hit5)} | ${f(s.mrr)} | ${f(s.zero)}`; }).join(' | ')} |`),
    '',
    '### Misses',
    '',
    ...names.flatMap((d) => doors[d]!.filter((r) => r.rank !== 1).map((r) => `- ${d} · ${r.kind} “${r.q}”: rank ${r.rank || '—'}; top: ${r.top.join(' ') || '（无结果）'}`)),
    '',
  ];
}

const results: Record<string, Record<string, Row[]>> = { literal: {}, natural: {} };

/** A query set through the search page, the header dialog, and plain Pagefind for comparison. */
const throughDoors = async (set: Case[]) => ({
  page: await run(set, (p, q) => viaPage(p, base, q)),
  dialog: await run(set, (p, q) => viaDialog(p, base, q)),
  'plain Pagefind': await run(set, viaPlainPagefind),
});

describe('search quality, through both doors', () => {
  test('the literal set: hit@1 = 1 through the search page and the dialog', async () => {
    results.literal = await throughDoors(LITERAL);
    for (const door of ['page', 'dialog']) {
      const misses = results.literal[door]!.filter((r) => r.rank !== 1).map((r) => `${r.q} → ${r.rank}`);
      expect(misses, door).toEqual([]);
    }
  }, 600_000);

  test('the natural set: hit@5 ≥ 0.9 and at most 5 % without results, through both doors', async () => {
    results.natural = await throughDoors(NATURAL);
    for (const door of ['page', 'dialog']) {
      const s = score(results.natural[door]!, NATURAL_KINDS).all!;
      expect(s.hit5, door).toBeGreaterThanOrEqual(0.9);
      expect(s.zero, door).toBeLessThanOrEqual(0.05);
    }
  }, 600_000);

  afterAll(() => {
    const report = [
      '# Search quality',
      '',
      `${LITERAL.length} literal and ${NATURAL.length} natural queries, Chromium, ${new Date().toISOString()}. “page” is /search/, “dialog” the header search; “plain Pagefind” is Pagefind's own ranking over plain pages of the same text.`,
      '',
      ...table('Literal set (the report’s own words)', QUERY_KINDS, results.literal!),
      ...table('Natural set (readers’ own words)', NATURAL_KINDS, results.natural!),
    ].join('\n');
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results/search-quality.md'), report);
    console.log(report);
  });
});
