/**
 * Gate: two builds of the same commit give the same files, byte for byte. (Nothing has to
 * differ: dates shown come from git, not from the clock, and asset names from content hashes.)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite } from '../../scripts/support/build';
import { SITE_URL_NOTICE } from '../../src/build/site-url-notice';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function digest(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

test('two builds of the same tree are identical', () => {
  const first = buildSite();
  const second = buildSite();
  outDirs.push(first.outDir, second.outDir);
  expect(first.status).toBe(0);
  expect(second.status).toBe(0);
  // built without SITE_URL, the output says which addresses carry the placeholder
  if (!process.env.SITE_URL) expect(first.output).toContain(SITE_URL_NOTICE);
  const a = digest(first.outDir);
  const b = digest(second.outDir);
  expect(a.size).toBeGreaterThan(100);
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  console.log(`reproducibility: ${a.size} files compared, ${differing.length} differ`);
  expect(differing).toEqual([]);
}, 300_000);
