/**
 * A rehype plugin that links the first use of each glossary term in an entry's text to
 * its definition, without changing a character of the text: the words are only wrapped
 * in a link, whose description (aria-describedby) and tooltip give the definition.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { findTerms } from '../kb/text/terms';
import { urls } from '../kb/urls';
import type { TermData } from '../kb/schemas/term';

export interface GlossaryOptions {
  terms: TermData[];
  /** Only files whose path matches are linked (the entries). */
  include: RegExp;
}

function linkTerms(text: string, terms: TermData[], done: Set<string>): ElementContent[] | undefined {
  const matches = findTerms(text, terms).filter((m) => {
    if (done.has(m.termId)) return false;
    done.add(m.termId);
    return true;
  });
  if (matches.length === 0) return undefined;
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ type: 'text', value: text.slice(at, m.start) });
    const term = terms.find((t) => t.id === m.termId)!;
    out.push({
      type: 'element',
      tagName: 'a',
      properties: {
        href: urls.term(term.id),
        className: ['kb-term'],
        title: `术语：${term.definition}`,
        ariaDescribedBy: [`kb-term-def-${term.id}`],
      },
      children: [{ type: 'text', value: text.slice(m.start, m.end) }],
    });
    at = m.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** Replaces text nodes (outside links) with runs of text and term links. */
function walk(node: Root | Element, terms: TermData[], done: Set<string>): void {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'text') {
      children.push(...(linkTerms((child as Text).value, terms, done) ?? [child]));
    } else {
      if (child.type === 'element' && child.tagName !== 'a') walk(child, terms, done);
      children.push(child);
    }
  }
  node.children = children as typeof node.children;
}

export default function rehypeGlossary(options: GlossaryOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    if (!options.include.test(path)) return;
    const done = new Set<string>();
    walk(tree, options.terms, done);
    if (done.size === 0) return;
    // The definitions the links point to with aria-describedby, hidden from view and search.
    tree.children.push({
      type: 'element',
      tagName: 'div',
      properties: { hidden: true, dataPagefindIgnore: true },
      children: [...done].map((id) => ({
        type: 'element' as const,
        tagName: 'span',
        properties: { id: `kb-term-def-${id}` },
        children: [{ type: 'text' as const, value: options.terms.find((t) => t.id === id)!.definition }],
      })),
    });
  };
}
