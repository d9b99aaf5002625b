/** The search page: reads its state from the URL, searches, renders, and keeps the URL in step. */
import { FACETS, type FacetKey } from '../facets';
import { afterPaint } from './after-paint';
import type { SearchOutcome } from './engine';
import { completePage, moreButton } from './more-button';
import { keyOf, prepareSearch, startSearch, typedChange } from './prepare';
import { clearCounts, renderCounts, renderResults, renderStatus, renderSuggestions } from './render';
import { hasFilters, readState, writeState, type SearchState } from './state';
import { warmSearch } from './warm';

const form = document.querySelector<HTMLFormElement>('#kb-search')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('[data-testid="search-results"]')!;
const status = document.querySelector<HTMLElement>('#kb-search-status')!;
const suggestions = document.querySelector<HTMLElement>('#kb-suggestions')!;
const results = document.querySelector<HTMLElement>('#kb-results')!;
const moreButtonEl = document.querySelector<HTMLButtonElement>('#kb-more')!;
const filterPanel = document.querySelector<HTMLDetailsElement>('#kb-filter-panel')!;
const filterSummary = filterPanel.querySelector<HTMLElement>('.kb-filter-chosen')!;
let current: SearchOutcome | undefined;

const showMoreButton = moreButton(moreButtonEl, list, () => current, () => renderStatus(status, current, input.value));

function stateFromForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of FACETS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[data-facet="${key}"]:checked`)].map((b) => b.value);
    if (values.length) filters[key as FacetKey] = values;
  }
  return { q: input.value, filters };
}

/** The filter panel says how many values are chosen, so that a folded panel still tells. */
function showChosen(state: SearchState): void {
  const n = Object.values(state.filters).reduce((s, v) => s + (v?.length ?? 0), 0);
  filterSummary.textContent = n ? `（已选 ${n} 项）` : '';
}

/**
 * A chosen value the form does not list (an earlier report's 来源, which the page leaves out
 * when there are many) gets a box like its facet's others, so that it shows and can be unchosen.
 */
function ensureBoxes(state: SearchState): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[data-facet]')];
  for (const [key, values] of Object.entries(state.filters)) {
    const model = boxes.find((b) => b.dataset.facet === key)?.closest('li');
    for (const value of values ?? []) {
      if (!model || boxes.some((b) => b.dataset.facet === key && b.value === value)) continue;
      const item = model.cloneNode(true) as HTMLLIElement;
      const box = item.querySelector<HTMLInputElement>('input')!;
      box.value = value;
      box.checked = false;
      item.querySelector('span')!.textContent = value;
      item.querySelector('.kb-facet-count')!.textContent = '';
      item.classList.remove('kb-facet-empty');
      model.parentElement!.append(item);
      boxes.push(box);
    }
  }
}

function stateToForm(state: SearchState): void {
  input.value = state.q;
  ensureBoxes(state);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = state.filters[box.dataset.facet as FacetKey]?.includes(box.value) ?? false;
  }
  showChosen(state);
}

let generation = 0;

/** Resolves once the reader turns to the filters (or has chosen one): only then do large result sets get their counts. */
let filtersTouched = hasFilters(readState(location.search));
const touched: (() => void)[] = [];
for (const event of ['pointerenter', 'focusin', 'touchstart', 'click'] as const) {
  filterPanel.addEventListener(event, () => {
    filtersTouched = true;
    touched.splice(0).forEach((go) => go());
  });
}
function filtersWanted(): Promise<void> {
  return filtersTouched ? Promise.resolve() : new Promise((resolve) => touched.push(resolve));
}

/** On a narrow screen the results stand above the filters: bring them into view after a search. */
function revealResults(): void {
  if (matchMedia('(max-width: 50rem)').matches && results.getBoundingClientRect().top > innerHeight * 0.6) {
    results.scrollIntoView({ block: 'start' });
  }
}

/** How long after its results are shown a search's facet counts start, unless a newer search has. */
const COUNTS_AFTER_MS = 300;
const countsPause = () => new Promise((resolve) => setTimeout(resolve, COUNTS_AFTER_MS));

/** The search last asked to be shown (its key). */
let asked = '';

/**
 * Shows a search. `shown` runs once its results are painted (not if a newer search has
 * started by then): the address is written then, so that the browser's work on it does not
 * delay the results.
 */
async function search(state: SearchState, reveal: boolean, shown?: () => void): Promise<void> {
  const mine = ++generation;
  asked = keyOf(state);
  showChosen(state);
  if (!state.q.trim() && !hasFilters(state)) {
    // Nothing to search: the index is not downloaded until there is.
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    current = undefined;
    showMoreButton();
    renderStatus(status, undefined, '');
    renderSuggestions(suggestions, undefined);
    shown?.();
    return;
  }
  form.setAttribute('aria-busy', 'true');
  try {
    const outcome = await startSearch(state);
    if (mine !== generation) return; // a newer search has started
    current = outcome;
    renderResults(list, outcome);
    clearCounts(form);
    showMoreButton();
    renderStatus(status, outcome, state.q);
    renderSuggestions(suggestions, outcome);
    if (reveal) revealResults();
    performance.mark('kb-search:rendered');
    if (shown) afterPaint(() => mine === generation && shown());
    await completePage(list, outcome, () => mine === generation);
    if (mine !== generation) return;
    showMoreButton();
    renderStatus(status, outcome, state.q); // the total, less any the rest of the page did not hold
    // The counts wait for a pause: their page reads would otherwise hold up the next search typed.
    await countsPause();
    if (mine !== generation) return;
    const counts = await outcome.counts({ keys: FACETS.map((f) => f.key), stillWanted: () => mine === generation, whenLarge: filtersWanted });
    if (counts && mine === generation) renderCounts(form, counts);
  } catch (error) {
    if (mine === generation) asked = ''; // Enter tries again
    status.textContent = '搜索出错，请刷新页面重试。';
    throw error;
  } finally {
    if (mine === generation) form.removeAttribute('aria-busy');
  }
}

/** Whether a search committed since the address was last written asked for a history entry of its own. */
let pushWanted = false;

/**
 * Searches what the form says and writes it to the address once its results are shown: as a
 * new history entry (`push`: Enter, a filter) or in place (`replace`: typing). A search
 * overtaken before it was shown leaves no entry, but its wish for one passes to the next.
 */
function commit(mode: 'push' | 'replace', reveal: boolean): void {
  const state = stateFromForm();
  pushWanted ||= mode === 'push';
  void search(state, reveal, () => {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[pushWanted ? 'pushState' : 'replaceState'](null, '', url);
    pushWanted = false;
  });
}

/** A search prepared while typing is shown once it is ready, if the text is still what it was for and it is not shown yet. */
function typed(): void {
  const state = stateFromForm();
  if (!state.q.trim()) {
    commit('replace', false); // cleared: the list empties at once
    return;
  }
  prepareSearch(state, () => {
    const key = keyOf(state);
    if (key === keyOf(stateFromForm()) && key !== asked) commit('replace', false);
  });
}
input.addEventListener('input', (event) => {
  if (typedChange(event)) typed();
});
input.addEventListener('compositionend', typed);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  // What was typed is already searched (and shown, or about to be): Enter brings it into view.
  if (keyOf(stateFromForm()) === asked) revealResults();
  else commit('push', true);
  // On a touch screen, closes the on-screen keyboard so that the results can be seen; with a
  // keyboard the focus stays, to refine the query (and the page is not restyled mid-search).
  if (matchMedia('(pointer: coarse)').matches) input.blur();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[data-facet]')) commit('push', false);
});
form.addEventListener('reset', () => setTimeout(() => commit('push', false)));
window.addEventListener('popstate', () => {
  pushWanted = false; // the address is where Back or Forward took it
  const state = readState(location.search);
  stateToForm(state);
  void search(state, false);
});

const initial = readState(location.search);
/**
 * Opened to browse by filters alone (a city's or a report's page links here so): the list
 * needs neither Pagefind nor the search data, and Pagefind's metadata (hundreds of KiB at
 * 100,000 pages) would be fetched beside the facet index's copy of the same file; they follow the list.
 */
const browsing = !initial.q.trim() && hasFilters(initial);
// Otherwise start fetching the search engine while the reader types, not after.
if (!browsing) warmSearch();

// The filters are open beside the results on a wide screen, folded below them on a phone.
filterPanel.open = matchMedia('(min-width: 50rem)').matches || hasFilters(initial);

stateToForm(initial);
// Arriving with a search in the address (a link from /progress/, a shared URL): show its results.
void search(initial, true).finally(() => browsing && warmSearch());
