/** The “显示更多” button of a result list (on the search page and in the dialog): shows how many are left, appends the next results, and moves focus to the first new one. */
import { painted } from './after-paint';
import { fillPage, more, type SearchOutcome } from './engine';
import { appendResults } from './render';

export function moreButton(button: HTMLButtonElement, list: HTMLOListElement, current: () => SearchOutcome | undefined, afterMore: () => void): () => void {
  const show = () => {
    const outcome = current();
    button.hidden = !outcome || outcome.rest.length === 0;
    if (outcome) button.textContent = `显示更多结果（还有 ${outcome.rest.length} 个）`;
  };
  button.addEventListener('click', async () => {
    const outcome = current();
    if (!outcome) return;
    const shown = list.children.length;
    appendResults(list, await more(outcome), outcome);
    show();
    afterMore();
    // Keyboard users continue from the first new result.
    (list.children[shown]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
  });
  return show;
}

/**
 * Completes a first page shown with its first results: appends the rest of it when read,
 * unless a newer search has been shown meanwhile. The list is marked busy until then. The rest
 * is read once the first results are painted, so that its reads do not delay that frame.
 */
export async function completePage(list: HTMLOListElement, outcome: SearchOutcome, stillWanted: () => boolean): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  try {
    await painted();
    const hits = stillWanted() ? await fillPage(outcome) : [];
    if (stillWanted()) appendResults(list, hits, outcome);
  } finally {
    if (stillWanted()) list.removeAttribute('aria-busy');
  }
}
