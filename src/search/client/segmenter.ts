/** Intl segmenters, made once per locale and granularity: a page's first word segmenter costs 25–50 ms (ICU reads its dictionary), later ones 0.1 ms, using one little. */
const segmenters = new Map<string, Intl.Segmenter>();

export function segmenter(locale: string, granularity: 'grapheme' | 'word'): Intl.Segmenter {
  const key = `${locale} ${granularity}`;
  let made = segmenters.get(key);
  if (!made) segmenters.set(key, (made = new Intl.Segmenter(locale, { granularity })));
  return made;
}
