/**
 * The HTML pages of a built site, read with a real HTML parser (parse5, the WHATWG
 * algorithm browsers follow), for the CSP build step and the site gates: an attribute,
 * a script or a style is found where a browser would find it, whatever the markup around it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;

export function htmlFiles(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The site path a built file is served at (about/index.html → /about/). */
export function pagePath(file: string): string {
  return '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
}

/** A parsed page: its elements in document order (template contents included), with source offsets. */
export interface ParsedPage {
  elements: Element[];
}

export function parsePage(html: string): ParsedPage {
  const elements: Element[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push(child);
      walk(child.tagName === 'template' ? (child as T.Template).content : child);
    }
  };
  walk(parse(html, { sourceCodeLocationInfo: true }));
  return { elements };
}

/** An attribute's value as the browser reads it (entities decoded), if present. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of an element that holds raw text (script, style). */
export function rawText(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** Attribute values of a kind (href of <a>, src of <script> …). */
export function attributeValues(page: ParsedPage, tag: string, name: string): string[] {
  return page.elements.filter((el) => el.tagName === tag).flatMap((el) => attr(el, name) ?? []);
}

/** The ids of a page's elements. */
export function ids(page: ParsedPage): Set<string> {
  return new Set(page.elements.flatMap((el) => attr(el, 'id') ?? []));
}
