/**
 * The text of a verbatim MDX body: its paragraphs, each with the line breaks of the
 * file removed (the bodies hold no Markdown; the plain-body rule sees to it).
 */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
}

/** The plain text of a verbatim body: its paragraphs joined, as the source text runs. */
export function plainText(body: string): string {
  return paragraphs(body).join('');
}
