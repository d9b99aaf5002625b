/**
 * Traditional-character queries. The converter (opencc-js, about 100 KB) is loaded only
 * when a query has a traditional character that the site's text never uses and whose
 * simplified form the search knows (src/search/data.ts): a simplified query never needs
 * it, even with everyday characters the report does not use (看病, 怎么样: 38 of the 90
 * natural queries loaded it before).
 */
import { CJK } from '../../kb/text/cjk';

/** `traditional`: the characters worth converting; without it, every character outside the site's. */
export function needsConversion(q: string, siteChars: Set<string>, traditional?: Set<string>): boolean {
  return [...q].some((ch) => CJK.test(ch) && !siteChars.has(ch) && (traditional?.has(ch) ?? true));
}

let converter: Promise<(text: string) => string> | undefined;

export async function toSimplified(q: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
  const convert = await converter;
  return convert(q);
}
