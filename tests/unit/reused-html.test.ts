import { describe, expect, test } from 'vitest';
import { ReusedHtml } from '../../src/views/reused-html';

describe('HTML kept for reuse (the sidebar’s list)', () => {
  test('gives back what was kept under the same key, nothing under another', () => {
    const store = new ReusedHtml();
    expect(store.get('a')).toBeUndefined();
    store.keep('a', '<ul>a</ul>');
    expect(store.get('a')).toBe('<ul>a</ul>');
    expect(store.get('b')).toBeUndefined();
  });

  test('holds at most as many as it is told, dropping the oldest kept first', () => {
    const store = new ReusedHtml(2);
    store.keep('a', 'A');
    store.keep('b', 'B');
    store.keep('a', 'A again'); // kept again: no second place taken
    expect(store.size).toBe(2);
    store.keep('c', 'C');
    expect(store.size).toBe(2);
    expect(store.get('a')).toBeUndefined();
    expect([store.get('b'), store.get('c')]).toEqual(['B', 'C']);
  });
});
