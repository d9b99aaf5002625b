/** Titles of plans and documents as a text names them: in 《》, and nested in 〈〉 inside another title. */

/** A title compared without spaces (extraction put stray spaces into some). */
export const titleKey = (title: string) => title.replace(/\s+/g, '');

export function namedTitles(text: string): string[] {
  const outer = [...text.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);
  const nested = [...text.matchAll(/〈([^〈〉]+)〉/g)].map((m) => m[1]!);
  return [...outer, ...nested];
}

interface Titled {
  id: string;
  title: string;
  variants: string[];
}

/** Finds a plan by a title as a text writes it (its own title or a variant, spaces aside). */
export function planFinder<P extends Titled>(plans: P[]): (title: string) => P | undefined {
  const byKey = new Map<string, P>();
  for (const p of plans) for (const t of [p.title, ...p.variants]) byKey.set(titleKey(t), p);
  return (title) => byKey.get(titleKey(title));
}

/** The ids of the plans a text names, in the order it names them. */
export function plansNamed(plans: Titled[], text: string): string[] {
  const find = planFinder(plans);
  return [...new Set(namedTitles(text).flatMap((t) => find(t)?.id ?? []))];
}
