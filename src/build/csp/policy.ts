/**
 * Content-Security-Policy for the built pages. Starlight writes small inline scripts
 * (theme, sidebar state) and `style` attributes (icon sizes, sidebar depth); rather than
 * allow every inline script or style with 'unsafe-inline', the policy lists the SHA-256
 * hash of each one a page really has. Nothing is loaded from another host.
 */
import { createHash } from 'node:crypto';

/** The inline code of a page that a policy must allow by hash. */
export interface InlineCode {
  /** Texts of inline classic and module scripts (JSON-LD and other data blocks are not run). */
  scripts: string[];
  /** Texts of <style> elements. */
  styles: string[];
  /** Values of style="…" attributes. */
  styleAttributes: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const START_TAG = /<[a-zA-Z][^<>]*>/g;
const STYLE_ATTRIBUTE = /\sstyle=(?:"([^"]*)"|'([^']*)')/i;
/** Script types a browser runs; any other type is a data block (JSON-LD). */
const RUNNABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function scriptType(attributes: string): string {
  const m = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc=/i.test(attributes) || !RUNNABLE_TYPE.test(scriptType(attributes))) continue;
    scripts.push(text);
  }
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '');
  // Attributes are read from start tags outside script and style texts.
  const markup = html.replace(SCRIPT, '<script>').replace(STYLE, '<style>');
  const styleAttributes: string[] = [];
  for (const [tag] of markup.matchAll(START_TAG)) {
    const m = STYLE_ATTRIBUTE.exec(tag);
    if (m) styleAttributes.push(decodeAttribute(m[1] ?? m[2] ?? ''));
  }
  return { scripts, styles, styleAttributes };
}

/** A CSP hash source: 'sha256-<base64 of the UTF-8 text's digest>'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function hashes(texts: Iterable<string>): string[] {
  return [...new Set([...texts].map(hashSource))].sort();
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

/** Puts the policy in a <meta> right after <meta charset>, before anything it governs. */
export function withPolicyMeta(html: string, value: string, file: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) throw new CspError(`${file}：页面已有 Content-Security-Policy，不能再加一个`);
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset) throw new CspError(`${file}：找不到 <meta charset="utf-8">，无法在其后写入 Content-Security-Policy`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${value.replace(/"/g, '&quot;')}">${html.slice(at)}`;
}

/** The policy in a page's <meta>, if any. */
export function metaPolicy(html: string): string | undefined {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m ? decodeAttribute(m[1]!) : undefined;
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
