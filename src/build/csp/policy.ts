/**
 * Content-Security-Policy for the built pages. Starlight writes small inline scripts
 * (theme, sidebar state) and `style` attributes (icon sizes, sidebar depth); rather than
 * allow every inline script or style with 'unsafe-inline', the policy lists the SHA-256
 * hash of each one a page really has. Nothing is loaded from another host.
 */
import { createHash } from 'node:crypto';
import { attr, rawText, type Element, type ParsedPage } from '../html.ts';

/** The inline code of a page that a policy must allow by hash. */
export interface InlineCode {
  /** Texts of inline classic and module scripts (JSON-LD and other data blocks are not run). */
  scripts: string[];
  /** Texts of <style> elements. */
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
}

/** Script types a browser runs; any other type is a data block (JSON-LD). */
const RUNNABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The inline code of a parsed page, found as a browser finds it. */
export function inlineCode(page: ParsedPage): InlineCode {
  const code: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
  for (const el of page.elements) {
    if (el.tagName === 'script' && attr(el, 'src') === undefined && RUNNABLE_TYPE.test((attr(el, 'type') ?? '').trim())) code.scripts.push(rawText(el));
    if (el.tagName === 'style') code.styles.push(rawText(el));
    const style = attr(el, 'style');
    if (style !== undefined) code.styleAttributes.push(style);
  }
  return code;
}

/** A CSP hash source: 'sha256-<base64 of the UTF-8 text's digest>'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hash sources of texts seen before: pages repeat the same few inline texts (at 10,000
 * entries, 18 distinct among 620,000), so each is hashed once. Emptied when it grows large.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 10_000;
function cachedHashSource(text: string): string {
  let source = known.get(text);
  if (source === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(text, (source = hashSource(text)));
  }
  return source;
}

function hashes(texts: Iterable<string>): string[] {
  return [...new Set([...texts].map(cachedHashSource))].sort();
}

/**
 * A page's policy, for its <meta>. Pagefind compiles its WebAssembly ('wasm-unsafe-eval')
 * and runs in a same-origin worker; stylesheets use data: SVG images.
 */
export function policy(code: InlineCode): string {
  const list = (...sources: string[]) => sources.filter(Boolean).join(' ');
  const styleAttributeHashes = hashes(code.styleAttributes);
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', list("'self'", "'wasm-unsafe-eval'", ...hashes(code.scripts))],
    ['style-src', list("'self'", ...hashes(code.styles))],
    ['style-src-attr', styleAttributeHashes.length ? list("'unsafe-hashes'", ...styleAttributeHashes) : "'none'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The policy for the headers file: only what a <meta> cannot carry. Browsers ignore
 * frame-ancestors in <meta>; the strict rules stay in each page's <meta>, where they list
 * that page's own hashes (a header applies to every file, scripts and index chunks too,
 * and would carry the hashes of all pages on each response).
 */
export const HEADER_POLICY = "frame-ancestors 'none'";

export class CspError extends Error {}

const isPolicyMeta = (el: Element) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/** The page's policy <meta> elements. */
export function policyMetas(page: ParsedPage): Element[] {
  return page.elements.filter(isPolicyMeta);
}

/** Puts the policy in a <meta> right after <meta charset>, before anything it governs, and `after` (markup it governs too) right after it. */
export function withPolicyMeta(html: string, page: ParsedPage, value: string, file: string, after = ''): string {
  if (policyMetas(page).length) throw new CspError(`${file}：页面已有 Content-Security-Policy，不能再加一个`);
  const charset = page.elements.find((el) => el.tagName === 'meta' && attr(el, 'charset')?.toLowerCase() === 'utf-8');
  const at = charset?.sourceCodeLocation?.endOffset;
  if (at === undefined) throw new CspError(`${file}：找不到 <meta charset="utf-8">，无法在其后写入 Content-Security-Policy`);
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${after}${html.slice(at)}`;
}

/** The policy in a page's <meta>, if any. */
export function metaPolicy(page: ParsedPage): string | undefined {
  const meta = policyMetas(page)[0];
  return meta && attr(meta, 'content');
}

/** A policy's directives, each with its sources. */
export function parsePolicy(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
