/** The bench's baselines hold the real report's entries beside the synthetic ones, as ours does: the same entries on both sides. */
import { expect, test } from 'vitest';
import { realEntryPages } from '../../scripts/bench/corpus';
import type { Corpus } from '../../src/kb/registry';
import { plainText } from '../../src/kb/text/plain';
import { corpus as real } from '../support/corpus';

test('every published entry of the real reports is a baseline page with its id, title and plain text; a draft is not', () => {
  const [first] = real.entries;
  const draft = { ...first!, data: { ...first!.data, id: `${first!.data.id}-draft`, draft: true } };
  const pages = realEntryPages({ ...real, entries: [...real.entries, draft] } as Corpus);
  const published = real.entries.filter((e) => !e.data.draft);
  expect(pages.map((p) => p.id)).toEqual(published.map((e) => e.data.id));
  expect(pages.map((p) => p.title)).toEqual(published.map((e) => e.data.title));
  expect(pages[0]!.text).toBe(plainText(first!.body));
  expect(pages.every((p) => p.text.length > 0 && !p.text.includes('\n\n\n'))).toBe(true);
});
