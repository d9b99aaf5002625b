/** Ids equal file names and are unique within their collection. */
import { COLLECTION_NAMES } from '../registry';
import type { Rule } from './context';

const basename = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const idRule: Rule = ({ corpus }, report) => {
  for (const name of COLLECTION_NAMES) {
    const seen = new Map<string, string>();
    for (const doc of corpus[name]) {
      const { id } = doc.data;
      if (id !== basename(doc.file)) report({ file: doc.file, field: 'id', value: id, message: `必须与文件名一致（${basename(doc.file)}）` });
      const first = seen.get(id);
      if (first) report({ file: doc.file, field: 'id', value: id, message: `与 ${first} 重复；${name} 中的 id 必须唯一` });
      else seen.set(id, doc.file);
    }
  }
};
