/** The schema rule: a file's frontmatter against its collection's schema, in the editor's words. */
import { REGISTRY, type CollectionName, type DataOf, type Doc } from '../registry';
import type { ContentError } from './error';

/** The value at a path of parsed frontmatter (figures.0.value …), if any. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** A zod path as editors write it: figures[0].text. */
function fieldName(path: PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') || '（整个 frontmatter）';
}

export type Validated<N extends CollectionName> = { doc: Doc<DataOf<N>>; errors: [] } | { doc?: undefined; errors: ContentError[] };

/** Validates one file of a collection; either its document or its errors. */
export function validateDoc<N extends CollectionName>(name: N, file: string, frontmatter: unknown, body: string): Validated<N> {
  const result = REGISTRY[name].schema.safeParse(frontmatter ?? {});
  if (result.success) return { doc: { file, data: result.data as DataOf<N>, body }, errors: [] };
  return {
    errors: result.error.issues.map((issue) => ({
      file,
      field: fieldName(issue.path),
      value: valueAt(frontmatter, issue.path),
      message: issue.message,
    })),
  };
}
