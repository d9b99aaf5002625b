/** Renders search outcomes as the site's result cards. Text from the URL or the index is set as text, never as HTML. */
import { excerptHtml, leadHtml, withoutAddedStops } from './excerpt';
import type { Hit, SearchOutcome } from './engine';
import type { Counts } from './facet-counts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The page text a reader would recognise: without the title (shown above it), the hidden aliases or the stops Pagefind adds. */
function excerptSource(hit: Hit): string {
  let text = hit.data.content;
  const title = hit.data.meta.title;
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[.。\s]+/, '');
  for (const alias of (hit.data.meta.aliases ?? '').split(' ').filter(Boolean)) text = text.replace(`${alias}.`, '').replace(alias, '');
  return withoutAddedStops(text);
}

/** One result card: title, what it is (type, category, status), and an excerpt of its text with the match marked. */
export function resultItem(hit: Hit, marks: string[]): HTMLLIElement {
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
    ['kb-badge-partial', hit.partial ? '部分匹配' : undefined],
  ] as const) {
    if (value) badges.append(el('span', `kb-badge ${cls}`, value));
  }
  li.append(badges);
  // A page whose text is only its title (a plan's) is described by its card lead, set at build.
  const source = excerptSource(hit) || (hit.data.meta.lead ?? '');
  if (source) {
    const excerpt = el('p', 'kb-result-excerpt');
    // Safe HTML: excerptHtml escapes the page text and adds only <mark>.
    excerpt.innerHTML = excerptHtml(source, marks) ?? leadHtml(source);
    li.append(excerpt);
  }
  return li;
}

/** Words to mark in excerpts: those the results were judged by. */
const marksOf = (outcome: SearchOutcome) => [...new Set(outcome.judging.groups.flat())];

export function renderResults(list: HTMLOListElement, outcome: SearchOutcome): void {
  const marks = marksOf(outcome);
  list.replaceChildren(...outcome.hits.map((h) => resultItem(h, marks)));
}

/** Appends further results to the list (after “显示更多”). */
export function appendResults(list: HTMLOListElement, hits: Hit[], outcome: SearchOutcome): void {
  const marks = marksOf(outcome);
  list.append(...hits.map((h) => resultItem(h, marks)));
}

/** The line above the results: what was searched (and converted, and widened), and how much was found. */
export function statusText(outcome: SearchOutcome | undefined, original: string): string {
  if (!outcome) return '输入搜索词，或选择筛选条件浏览条目。';
  const parts: string[] = [];
  if (outcome.convertedFrom) parts.push(`已将繁体“${outcome.convertedFrom}”转为简体“${outcome.query}”搜索。`);
  const what = outcome.query ? `“${original.trim()}”` : '所选条件';
  if (outcome.total === 0) parts.push(`${what}没有找到结果。`);
  else if (outcome.hits.some((h) => h.partial)) parts.push(`${what}没有完整的匹配，以下 ${outcome.total} 个结果含有其中的部分字词。`);
  else parts.push(`${what}共找到 ${outcome.total} 个结果。`);
  if (outcome.alsoSearched.length && outcome.total) parts.push(`也搜索了：${outcome.alsoSearched.join('、')}。`);
  return parts.join('');
}

export function renderStatus(status: HTMLElement, outcome: SearchOutcome | undefined, original: string): void {
  status.textContent = statusText(outcome, original);
}

/** When nothing is found: links to the nearest terms and the categories. */
export function renderSuggestions(box: HTMLElement, outcome: SearchOutcome | undefined): void {
  const suggestions = outcome?.suggestions ?? [];
  box.hidden = suggestions.length === 0;
  if (box.hidden) return box.replaceChildren();
  const list = el('ul', 'kb-suggestion-list');
  for (const s of suggestions) {
    const li = el('li');
    const a = el('a', undefined, s.label);
    a.href = s.href;
    li.append(a, el('span', 'kb-badge', s.kind));
    list.append(li);
  }
  box.replaceChildren(el('p', undefined, '可以试试这些相关的词和类别：'), list);
}

/** Updates the count beside each facet checkbox; values with no result are greyed, not hidden. */
export function renderCounts(form: HTMLFormElement, counts: Counts): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')) {
    const n = counts[box.dataset.facet!]?.[box.value] ?? 0;
    const badge = box.parentElement?.querySelector('.kb-facet-count');
    if (badge) badge.textContent = `（${n}）`;
    box.closest('li')?.classList.toggle('kb-facet-empty', n === 0 && !box.checked);
  }
}

/** Clears the counts of an earlier search while the new ones are made. */
export function clearCounts(form: HTMLFormElement): void {
  for (const badge of form.querySelectorAll('.kb-facet-count')) badge.textContent = '';
  for (const li of form.querySelectorAll('.kb-facet-empty')) li.classList.remove('kb-facet-empty');
}
