/** The search page: reads its state from the URL, searches, renders, and keeps the URL in step. */
import { FACETS, type FacetKey } from '../facets';
import { more, runSearch, type SearchOutcome } from './engine';
import { loadPagefind } from './pagefind';
import { appendResults, renderCounts, renderResults, renderStatus } from './render';
import { hasFilters, readState, writeState, type SearchState } from './state';

const form = document.querySelector<HTMLFormElement>('#kb-search')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('[data-testid="search-results"]')!;
const status = document.querySelector<HTMLElement>('#kb-search-status')!;
const siteChars = new Set([...(form.dataset.chars ?? '')]);
const moreButton = document.querySelector<HTMLButtonElement>('#kb-more')!;
let current: SearchOutcome | undefined;

function showMoreButton(): void {
  moreButton.hidden = !current || current.rest.length === 0;
  if (current) moreButton.textContent = `显示更多结果（还有 ${current.rest.length} 个）`;
}

moreButton.addEventListener('click', async () => {
  if (!current) return;
  const shown = list.children.length;
  appendResults(list, await more(current.rest), current.query);
  showMoreButton();
  // Keyboard users continue from the first new result.
  (list.children[shown]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
});

function stateFromForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of FACETS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[data-facet="${key}"]:checked`)].map((b) => b.value);
    if (values.length) filters[key as FacetKey] = values;
  }
  return { q: input.value, filters };
}

function stateToForm(state: SearchState): void {
  input.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = state.filters[box.dataset.facet as FacetKey]?.includes(box.value) ?? false;
  }
}

let generation = 0;

async function search(state: SearchState): Promise<void> {
  const mine = ++generation;
  if (!state.q.trim() && !hasFilters(state)) {
    // Nothing to search: the index is not downloaded until there is (counts come with it).
    list.replaceChildren();
    current = undefined;
    showMoreButton();
    renderStatus(status, undefined, '');
    return;
  }
  form.setAttribute('aria-busy', 'true');
  try {
    const outcome = await runSearch(await loadPagefind(), state, siteChars);
    if (mine !== generation) return; // a newer search has started
    current = outcome;
    renderResults(list, outcome);
    showMoreButton();
    renderStatus(status, outcome, state.q);
    renderCounts(form, outcome.counts);
  } catch (error) {
    status.textContent = '搜索出错，请刷新页面重试。';
    throw error;
  } finally {
    if (mine === generation) form.removeAttribute('aria-busy');
  }
}

function commit(mode: 'push' | 'replace'): void {
  const state = stateFromForm();
  const url = `${location.pathname}${writeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[`${mode}State`](null, '', url);
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => commit('replace'), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  commit('push');
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[data-facet]')) commit('push');
});
form.addEventListener('reset', () => setTimeout(() => commit('push')));
window.addEventListener('popstate', () => {
  const state = readState(location.search);
  stateToForm(state);
  void search(state);
});

// Start fetching the search engine while the reader types, not after.
void loadPagefind();

const initial = readState(location.search);
stateToForm(initial);
void search(initial);
