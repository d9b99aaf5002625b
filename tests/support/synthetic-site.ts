/**
 * A copy of the site with synthetic reports (the benchmark's generator) beside the real one,
 * for the tests of what must stay bounded as reports are added: more reports than the pages
 * that show each report's parts give in full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ENTRIES_PER_REPORT, syntheticEntries } from '../../scripts/bench/corpus';
import { copySite } from '../../scripts/support/build';
import { buildKb, type Kb } from '../../src/kb/model';
import { loadContent } from '../../src/load/fs';
import { REPORTS_SHOWN } from '../../src/views/long-lists';
import { corpus as real } from './corpus';

/** Synthetic reports added: with the real one, two more than the newest reports a page shows in full. */
export const SYNTHETIC_REPORTS = REPORTS_SHOWN + 1;

/** Copies the site, adds the synthetic reports' files, and returns the copy and its knowledge base (throws if the content has mistakes). */
export function siteWithSyntheticReports(): { site: string; kb: Kb } {
  const site = copySite();
  const synthetic = syntheticEntries(real, SYNTHETIC_REPORTS * ENTRIES_PER_REPORT);
  for (const [rel, text] of [...synthetic.files, ...synthetic.entries.map((e): [string, string] => [e.file, e.content])]) {
    const file = path.join(site, 'content', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const { corpus, sourceTexts, errors } = loadContent(site);
  if (errors.length) throw new Error(`synthetic content has mistakes: ${JSON.stringify(errors.slice(0, 3))}`);
  return { site, kb: buildKb(corpus, sourceTexts) };
}
