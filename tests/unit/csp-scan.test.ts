/** The CSP step's quick reading of a page (scan.ts) against the full parser, on markup chosen to trip a careless tokenizer. */
import { describe, expect, test } from 'vitest';
import { inlineCode } from '../../src/build/csp/policy';
import { scanPage } from '../../src/build/csp/scan';
import { attr, parsePage, type ParsedPage } from '../../src/build/html';
import { moduleScripts } from '../../src/build/preload';

const page = (head: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const charsetEnd = (p: ParsedPage) => p.elements.find((el) => el.tagName === 'meta' && attr(el, 'charset'))?.sourceCodeLocation?.endOffset;

const cases: Record<string, string> = {
  'scripts of each kind': page('<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="module" src="/m.js"></script><script type="application/ld+json">{"a":"</p>"}</script>', ''),
  'upper case and spaces in end tags': page('<SCRIPT>upper()</SCRIPT ><Style>p{}</STYLE\n>', '<P STYLE="color:red">x</P>'),
  'comments hiding code, and abrupt comments': page('<!-- <script>hidden()</script> --><!--><script>after()</script><!---><p style="a:b">', ''),
  'a > inside quoted attributes, in start and end tags': page('', '<p title="a > b" style="color:red">x</p title="c > d"><div data-x=\'<span style="no">\'>y</div>'),
  'unquoted, empty and valueless attributes': page('', '<div style=color:blue hidden data-a= style="second">x</div><input disabled style>'),
  'repeated attributes: the first wins': page('', '<p style="first" STYLE="second">x</p>'),
  'character references in values': page('', '<p style="a:&quot;b&quot;;c:&#39;d&#x27;;e:&amp;f;g:&lt;&notanentity;&amp">x</p><p style=\'x:&apos;y&apos;\'>z</p>'),
  'raw text that looks like markup': page('<script>document.write("<p style=\\"no\\"></scriptx>")</script><style>a::before{content:"</styl"}</style>', '<textarea><b style="no"></b></textarea><title>a<b style="no"></title>'),
  'svg and templates': page('', '<svg><rect style="fill:green"/><title>t</title></svg><template><b style="font-weight:900">x</b><script>templated()</script></template>'),
  'text with stray < and a bogus comment': page('', '<p>1 < 2 and a<b</p><? php ?><p style="after:bogus">x</p></ >'),
  'self-closing raw-text tags, in HTML and in SVG': page('<script src="/y.js"/><script>inside()</script><style/>p{}</style>', '<svg><title/><style/><script/><rect style="after:svg"/><style>svg{}</style></svg><script>after()</script>'),
  'multibyte text before the code': page('', `<p>${'湘潭İ'.repeat(50)}</p><p style="after:cjk">x</p><script>end()</script>`),
};

describe('the quick reading of a page finds what the full parser finds', () => {
  for (const [name, html] of Object.entries(cases)) {
    test(name, () => {
      const [quick, full] = [scanPage(html), parsePage(html)];
      expect(inlineCode(quick)).toEqual(inlineCode(full));
      expect(charsetEnd(quick)).toBe(charsetEnd(full));
    });
  }

  test('it keeps what the step reads, in page order: script, style and meta elements, and any other with a style attribute', () => {
    const read = (p: ParsedPage) => p.elements.filter((el) => ['script', 'style', 'meta'].includes(el.tagName) || attr(el, 'style') !== undefined);
    const shape = (els: ParsedPage['elements']) => els.map((el) => [el.tagName, attr(el, 'src'), attr(el, 'type'), attr(el, 'style')]);
    for (const [name, html] of Object.entries(cases)) {
      const [quick, full] = [scanPage(html), parsePage(html)];
      expect(shape(quick.elements), name).toEqual(shape(read(full)));
      expect(moduleScripts(quick), name).toEqual(moduleScripts(full));
    }
  });

  test('the cases are not empty: each finds inline code', () => {
    for (const [name, html] of Object.entries(cases)) {
      const code = inlineCode(parsePage(html));
      expect(code.scripts.length + code.styles.length + code.styleAttributes.length, name).toBeGreaterThan(0);
    }
  });
});
