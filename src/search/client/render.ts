/** Renders search outcomes into the page. Text from the URL or the index is set as text, never as HTML. */
import { excerptHtml } from './excerpt';
import type { Hit, SearchOutcome } from './engine';
import { queryWords } from './query';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The page text a reader would recognise: without the title (shown above it) or the hidden aliases. */
function excerptSource(hit: Hit): string {
  let text = hit.data.content;
  const title = hit.data.meta.title;
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[.。\s]+/, '');
  for (const alias of (hit.data.meta.aliases ?? '').split(' ').filter(Boolean)) text = text.replace(`${alias}.`, '').replace(alias, '');
  return text;
}

function resultItem(hit: Hit, words: string[]): HTMLLIElement {
  const li = el('li', 'kb-result');
  const link = el('a', 'kb-result-title', hit.data.meta.title ?? hit.url);
  link.href = hit.url;
  const heading = el('h3');
  heading.append(link);
  li.append(heading);
  const badges = el('p', 'kb-result-meta');
  for (const [cls, value] of [
    ['kb-badge-type', hit.data.meta.type ?? '页面'],
    ['kb-badge-category', hit.data.meta.category],
    ['kb-badge-status', hit.data.meta.status],
  ] as const) {
    if (value) badges.append(el('span', `kb-badge ${cls}`, value));
  }
  li.append(badges);
  const excerpt = el('p', 'kb-result-excerpt');
  // Both are safe HTML: excerptHtml escapes the page text; Pagefind's excerpt is escaped index text with <mark>.
  excerpt.innerHTML = excerptHtml(excerptSource(hit), words) ?? hit.data.excerpt;
  li.append(excerpt);
  return li;
}

export function renderResults(list: HTMLOListElement, outcome: SearchOutcome): void {
  const words = outcome.query ? queryWords(outcome.query) : [];
  list.replaceChildren(...outcome.hits.map((h) => resultItem(h, words)));
}

/** Appends further results to the list (after “显示更多”). */
export function appendResults(list: HTMLOListElement, hits: Hit[], query: string): void {
  list.append(...hits.map((h) => resultItem(h, query ? queryWords(query) : [])));
}

export function renderStatus(status: HTMLElement, outcome: SearchOutcome | undefined, original: string): void {
  if (!outcome) {
    status.textContent = '输入搜索词，或选择筛选条件浏览条目。';
    return;
  }
  const parts: string[] = [];
  if (outcome.convertedFrom) parts.push(`已将繁体“${outcome.convertedFrom}”转为简体“${outcome.query}”搜索。`);
  const what = outcome.query ? `“${original.trim()}”` : '所选条件';
  parts.push(outcome.total ? `${what}共找到 ${outcome.total} 个结果。` : `${what}没有找到结果。`);
  status.textContent = parts.join('');
}

/** Updates the count beside each facet checkbox; values with no result are marked, not hidden. */
export function renderCounts(form: HTMLFormElement, counts: SearchOutcome['counts']): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')) {
    const n = counts[box.dataset.facet!]?.[box.value] ?? 0;
    const badge = box.parentElement?.querySelector('.kb-facet-count');
    if (badge) badge.textContent = `（${n}）`;
    box.closest('li')?.classList.toggle('kb-facet-empty', n === 0 && !box.checked);
  }
}
