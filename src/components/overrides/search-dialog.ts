/**
 * The header search dialog: opens on the button or Ctrl+K / ⌘K, searches as the reader
 * types with the site's engine, shows the site's result cards, and links to /search/ with
 * the same query. Focus moves into the dialog and back to where it was; Escape closes it.
 * The query survives Back: it is kept in the history entry of the page it was typed on.
 */
import { afterPaint } from '../../search/client/after-paint';
import type { SearchOutcome } from '../../search/client/engine';
import { completePage, moreButton } from '../../search/client/more-button';
import { prepareSearch, startSearch, typedChange } from '../../search/client/prepare';
import { renderResults, renderSuggestions, statusText } from '../../search/client/render';
import { writeState } from '../../search/client/state';
import { warmSearch } from '../../search/client/warm';

class KbSiteSearch extends HTMLElement {
  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector<HTMLElement>('.kb-dialog-frame')!;
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const status = this.querySelector<HTMLElement>('.kb-dialog-status')!;
    const suggestions = this.querySelector<HTMLElement>('.kb-suggestions')!;
    const list = this.querySelector<HTMLOListElement>('.kb-result-list')!;
    const pageLink = this.querySelector<HTMLAnchorElement>('.kb-dialog-page')!;
    let opener: HTMLElement | null = null;
    let current: SearchOutcome | undefined;
    let generation = 0;

    const showModal = () => {
      if (dialog.open) return;
      opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input.focus();
      input.select();
      warmSearch();
    };
    const closeModal = () => dialog.close();

    const showMore = moreButton(this.querySelector<HTMLButtonElement>('.kb-dialog-more')!, list, () => current, () => {
      status.textContent = current ? statusText(current, input.value) : '';
    });

    let asked: string | undefined; // the query last asked to be shown
    const search = async (q: string) => {
      const mine = ++generation;
      asked = q;
      pageLink.href = `/search/${writeState({ q, filters: {} })}`;
      // Keep the query in this page's history entry, so that Back from a result brings it again;
      // written once the results are painted, so that the browser's work on it does not delay them.
      const keep = () => history.replaceState({ ...(history.state ?? {}), kbDialogQuery: q }, '');
      if (!q.trim()) {
        keep();
        current = undefined;
        list.replaceChildren();
        list.removeAttribute('aria-busy');
        status.textContent = '';
        renderSuggestions(suggestions, undefined);
        showMore();
        return;
      }
      let outcome: SearchOutcome;
      try {
        outcome = await startSearch({ q, filters: {} });
      } catch (error) {
        if (mine === generation) {
          asked = undefined; // Enter tries again
          status.textContent = '搜索出错，请按回车键重试。';
        }
        throw error;
      }
      if (mine !== generation) return;
      current = outcome;
      renderResults(list, outcome);
      status.textContent = statusText(outcome, q);
      renderSuggestions(suggestions, outcome);
      showMore();
      afterPaint(() => mine === generation && keep());
      await completePage(list, outcome, () => mine === generation);
      if (mine !== generation) return;
      status.textContent = statusText(outcome, q);
      showMore();
    };

    // What is typed is searched at once and shown when ready, if the text is still the same.
    const typed = () => {
      const q = input.value;
      if (!q.trim()) return void search(q);
      prepareSearch({ q, filters: {} }, () => {
        if (input.value === q && asked !== q) void search(q);
      });
    };
    input.addEventListener('input', (event) => {
      if (typedChange(event)) typed();
    });
    input.addEventListener('compositionend', typed);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // What was typed is already searched (and shown, or about to be).
      if (input.value !== asked) void search(input.value);
    });

    // A pointer on the button (hovering, or the finger down before the tap) is intent enough to
    // start fetching the engine, so that the first search waits less; a page view alone fetches nothing.
    open.addEventListener('pointerenter', warmSearch, { once: true });
    open.addEventListener('pointerdown', warmSearch, { once: true });
    open.addEventListener('click', (event) => {
      event.stopPropagation();
      showModal();
    });
    open.disabled = false;
    close.addEventListener('click', closeModal);
    // A click on the backdrop (outside the frame) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (!frame.contains(event.target as Node)) closeModal();
    });
    // Tab stays inside the dialog: past the last control it comes back to the first, and back.
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      opener?.focus();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) closeModal();
        else showModal();
      }
    });

    // Back from a result: the dialog opens again with the query the reader had typed.
    const restore = () => {
      const q = (history.state as { kbDialogQuery?: string } | null)?.kbDialogQuery;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (q && nav?.type === 'back_forward' && !dialog.open) {
        input.value = q;
        showModal();
        void search(q);
      }
    };
    restore();
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) restore();
    });
  }
}

customElements.define('kb-site-search', KbSiteSearch);
