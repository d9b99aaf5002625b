/** Searches prepared while the reader types: what Enter takes, and how many run. */
import { describe, expect, test } from 'vitest';
import type { SearchOutcome } from '../../src/search/client/engine';
import { preparer } from '../../src/search/client/prepare';
import type { SearchState } from '../../src/search/client/state';

/** A search engine that records what it was asked and answers when told. */
function fakeEngine() {
  const asked: string[] = [];
  const answers: (() => void)[] = [];
  const run = (state: SearchState) => {
    asked.push(state.q);
    return new Promise<SearchOutcome>((resolve) => answers.push(() => resolve({ query: state.q } as SearchOutcome)));
  };
  const answerAll = async () => {
    while (answers.length) answers.shift()!();
    await new Promise((r) => setTimeout(r));
  };
  return { asked, run, answerAll };
}
const typed = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ q, filters });

describe('searches prepared while typing', () => {
  test('Enter takes the search prepared for the same query and filters, once', async () => {
    const engine = fakeEngine();
    const p = preparer(engine.run);
    p.prepare(typed('看病'));
    const shown = p.start(typed('看病'));
    await engine.answerAll();
    expect((await shown).query).toBe('看病');
    expect(engine.asked).toEqual(['看病']);
    // Shown once: a second Enter searches again (its Pagefind searches and fragments are cached).
    void p.start(typed('看病'));
    expect(engine.asked).toEqual(['看病', '看病']);
  });

  test('other filters or another query are a new search', async () => {
    const engine = fakeEngine();
    const p = preparer(engine.run);
    p.prepare(typed('医疗'));
    void p.start(typed('医疗', { 状态: ['已完成'] }));
    void p.start(typed('养老'));
    expect(engine.asked).toEqual(['医疗', '医疗', '养老']);
  });

  test('one prepared search at a time: keys typed meanwhile are prepared once it ends, the last only', async () => {
    const engine = fakeEngine();
    const p = preparer(engine.run);
    for (const q of ['S', 'S3', 'S3线']) p.prepare(typed(q));
    expect(engine.asked).toEqual(['S']);
    await engine.answerAll();
    expect(engine.asked).toEqual(['S', 'S3线']);
    void p.start(typed('S3线'));
    expect(engine.asked).toEqual(['S', 'S3线']);
  });

  test('a prepared search says when it is ready, unless newer text is waiting', async () => {
    const engine = fakeEngine();
    const p = preparer(engine.run);
    const ready: string[] = [];
    p.prepare(typed('S'), () => ready.push('S'));
    p.prepare(typed('S3'), () => ready.push('S3'));
    await engine.answerAll();
    expect(ready).toEqual([]); // S was done while S3 waited
    await engine.answerAll();
    expect(ready).toEqual(['S3']);
    // The same text again (an input method's compositionend after its input): no second search.
    p.prepare(typed('S3'), () => ready.push('S3 again'));
    await engine.answerAll();
    expect(ready).toEqual(['S3', 'S3 again']);
    expect(engine.asked).toEqual(['S', 'S3']);
  });

  test('nothing is prepared for an empty query', () => {
    const engine = fakeEngine();
    preparer(engine.run).prepare(typed('  '));
    expect(engine.asked).toEqual([]);
  });
});
