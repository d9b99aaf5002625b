/** Every reference declared in the registry points to an existing item of its collection. */
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from '../registry';
import type { Rule } from './context';
import { list } from './error';

export const referenceRule: Rule = ({ corpus, ids }, report) => {
  for (const name of COLLECTION_NAMES) {
    for (const { field, to } of REGISTRY[name].references) {
      const target = to as CollectionName;
      const allowed = ids(target);
      const what = REGISTRY[target].label;
      for (const doc of corpus[name]) {
        const value = (doc.data as Record<string, unknown>)[field];
        const values = Array.isArray(value) ? value.map((v, i) => [`${field}[${i}]`, v] as const) : value === undefined ? [] : [[field, value] as const];
        for (const [at, v] of values) {
          if (!allowed.has(v as string)) report({ file: doc.file, field: at, value: v, message: `没有这个${what}；允许的取值：${list(allowed)}` });
        }
      }
    }
  }
};
