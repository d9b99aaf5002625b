/**
 * Traditional-character queries. The converter (opencc-js, about 100 KB) is loaded only
 * when a query has a CJK character that the site's text never uses: a simplified query
 * made of the site's own characters never needs it.
 */
import { CJK } from '../../kb/text/cjk';

export function needsConversion(q: string, siteChars: Set<string>): boolean {
  return [...q].some((ch) => CJK.test(ch) && !siteChars.has(ch));
}

let converter: Promise<(text: string) => string> | undefined;

export async function toSimplified(q: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' }));
  const convert = await converter;
  return convert(q);
}
