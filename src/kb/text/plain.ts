/**
 * The plain text of a verbatim MDX body: paragraphs joined, with no Markdown
 * left (the bodies hold none but paragraph breaks).
 */
export function plainText(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean)
    .join('');
}
