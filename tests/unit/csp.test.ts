/** The Content-Security-Policy helpers: what counts as inline code, its hashes, the policy text. */
import { describe, expect, test } from 'vitest';
import { CspError, HEADER_POLICY, hashSource, inlineCode as inlineCodeOf, metaPolicy as metaPolicyOf, parsePolicy, policy, withPolicyMeta as withPolicyMetaOf } from '../../src/build/csp/policy';
import { parsePage } from '../../src/build/html';

const inlineCode = (html: string) => inlineCodeOf(parsePage(html));
const metaPolicy = (html: string) => metaPolicyOf(parsePage(html));
const withPolicyMeta = (html: string, value: string, file: string) => withPolicyMetaOf(html, parsePage(html), value, file);

const page = (head: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inline code of a page', () => {
  test('takes classic and module scripts, style elements and style attributes; skips external scripts and data blocks', () => {
    const html = page(
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"@type":"Thing"}</script><style>p{color:red}</style>',
      '<p style="--depth: 0;">x</p><span style=\'a:&quot;b&quot;\'>y</span><script>document.write(\'<p style="not-an-attribute">\')</script>',
    );
    expect(inlineCode(html)).toEqual({
      scripts: ['a()', 'b()', 'document.write(\'<p style="not-an-attribute">\')'],
      styles: ['p{color:red}'],
      styleAttributes: ['--depth: 0;', 'a:"b"'],
    });
  });

  test('finds code where a regular expression would miss it, as a browser does', () => {
    const html = page(
      '<SCRIPT>upper()</SCRIPT ><!-- <script>commented()</script> -->',
      [
        '<p title="a > b" style="color:red">a ">" inside a quoted attribute before the style</p>',
        '<div style=color:blue>an unquoted style attribute</div>',
        '<svg><rect style="fill:green"/></svg>',
        '<template><b style="font-weight:900">inside a template</b><script>templated()</script></template>',
        '<p data-x=\'<span style="not-an-attribute">\'>text</p>',
        '<script type=" module ">spaced()</script>',
      ].join(''),
    );
    expect(inlineCode(html)).toEqual({
      scripts: ['upper()', 'templated()', 'spaced()'],
      styles: [],
      styleAttributes: ['color:red', 'color:blue', 'fill:green', 'font-weight:900'],
    });
  });
});

describe('hash sources', () => {
  test('are the base64 SHA-256 of the UTF-8 text (known values, computed with openssl)', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(hashSource('--depth: 0;')).toBe("'sha256-N0U7UbX70ebuNVEQiGcI+KTCoqytKKf6vbasn4H+n3A='");
  });
});

describe('the policy', () => {
  const code = { scripts: ['a()', 'a()'], styles: [], styleAttributes: ['--depth: 0;'] };

  test('lists each inline script once by hash, allows nothing inline without a hash, and loads only from the site', () => {
    const directives = parsePolicy(policy(code));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hashSource('a()')]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('--depth: 0;')]);
    expect(policy(code)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
  });

  test('puts frame-ancestors only in the header: browsers ignore it in <meta>', () => {
    expect(parsePolicy(policy(code)).has('frame-ancestors')).toBe(false);
    expect(parsePolicy(HEADER_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('with no style attribute to allow, allows none', () => {
    expect(parsePolicy(policy({ scripts: [], styles: [], styleAttributes: [] })).get('style-src-attr')).toEqual(["'none'"]);
  });
});

describe('the <meta>', () => {
  test('goes right after <meta charset>, before any script, and reads back', () => {
    const html = withPolicyMeta(page('<script>a()</script>', ''), "script-src 'self'", 'index.html');
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf('content-security-policy'));
    expect(metaPolicy(html)).toBe("script-src 'self'");
  });

  test('refuses a page without <meta charset> or with a policy already, naming the file', () => {
    expect(() => withPolicyMeta('<html><head></head></html>', "default-src 'none'", 'a/index.html')).toThrow(CspError);
    expect(() => withPolicyMeta('<html><head></head></html>', "default-src 'none'", 'a/index.html')).toThrow(/^a\/index\.html：找不到 <meta charset/);
    const once = withPolicyMeta(page('', ''), "default-src 'none'", 'b.html');
    expect(() => withPolicyMeta(once, "default-src 'none'", 'b.html')).toThrow(/^b\.html：页面已有/);
  });
});
