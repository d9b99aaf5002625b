/** Titles of plans and documents as a text names them: in 《》, and nested in 〈〉 inside another title. */

/** A title compared without spaces (extraction put stray spaces into some). */
export const titleKey = (title: string) => title.replace(/\s+/g, '');

export function namedTitles(text: string): string[] {
  const outer = [...text.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
  const nested = [...text.matchAll(/〈([^〈〉]+)〉/g)].map((m) => m[1]!);
  return [...outer, ...nested];
}
