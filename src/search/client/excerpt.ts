/** A short excerpt of a text around the query's first match, with the matches marked. */

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * A page's text without the full stops Pagefind adds: it ends each block (a heading, a
 * paragraph, a list item) that has no stop of its own with a Latin “.”, which in Chinese text
 * is never the page's (又作：都市圈. → 又作：都市圈). A “.” after a Latin letter or a digit,
 * or inside a number (160.6亿元), is kept.
 */
export function withoutAddedStops(text: string): string {
  return text.replace(/(?<=[^\x00-\x7F])\.(?=\s|$)/g, '');
}

/** Returns safe HTML: the text escaped, each occurrence of a word wrapped in <mark>. */
export function excerptHtml(text: string, words: string[], radius = 40): string | undefined {
  const plain = text.replace(/\s+/g, ' ').trim();
  const found = words
    .filter(Boolean)
    .map((w) => ({ w, at: plain.indexOf(w) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length === 0) return undefined;
  const start = Math.max(0, found[0]!.at - radius);
  const end = Math.min(plain.length, found[0]!.at + found[0]!.w.length + radius * 2);
  const slice = plain.slice(start, end);
  const pattern = new RegExp(
    found
      .map((m) => m.w)
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  let html = '';
  let last = 0;
  for (const m of slice.matchAll(pattern)) {
    html += escapeHtml(slice.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  html += escapeHtml(slice.slice(last));
  return (start > 0 ? '…' : '') + html + (end < plain.length ? '…' : '');
}

/** The start of a text, escaped, for a result none of whose words occur as typed. */
export function leadHtml(text: string, length = 80): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return escapeHtml(plain.slice(0, length)) + (plain.length > length ? '…' : '');
}
