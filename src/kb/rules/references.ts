/** Every reference declared in the registry points to an existing item of its collection. */
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from '../registry';
import type { Rule } from './context';
import { list } from './error';

/** The ids a document's reference field holds, each with where it stands (plans[0] …). */
export function referenceValues(data: unknown, field: string): (readonly [string, string])[] {
  const value = (data as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.map((v, i) => [`${field}[${i}]`, v as string] as const);
  return value === undefined ? [] : [[field, value as string] as const];
}

export const referenceRule: Rule = ({ corpus, ids }, report) => {
  for (const name of COLLECTION_NAMES) {
    for (const { field, to } of REGISTRY[name].references) {
      const target = to as CollectionName;
      const allowed = ids(target);
      const what = REGISTRY[target].label;
      for (const doc of corpus[name]) {
        for (const [at, v] of referenceValues(doc.data, field)) {
          if (!allowed.has(v)) report({ file: doc.file, field: at, value: v, message: `没有这个${what}；允许的取值：${list(allowed)}` });
        }
      }
    }
  }
};
