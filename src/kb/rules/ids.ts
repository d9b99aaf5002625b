/** Ids equal file names and are unique within their collection; an entry's id starts with its source's prefix, and no two sources share one. */
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

export const idPrefixRule: Rule = ({ corpus }, report) => {
  const prefixes = new Map<string, string>();
  const prefixOf = new Map<string, { prefix: string; file: string }>();
  for (const s of corpus.sources) {
    const first = prefixes.get(s.data.idPrefix);
    if (first) report({ file: s.file, field: 'idPrefix', value: s.data.idPrefix, message: `与 ${first} 重复；每份报告的条目编号前缀须不同` });
    else prefixes.set(s.data.idPrefix, s.file);
    prefixOf.set(s.data.id, { prefix: s.data.idPrefix, file: s.file });
  }
  for (const e of corpus.entries) {
    const source = prefixOf.get(e.data.source);
    if (source && !e.data.id.startsWith(`${source.prefix}-`)) {
      report({ file: e.file, field: 'id', value: e.data.id, message: `须以来源报告的前缀 ${source.prefix}- 开头（见 ${source.file} 的 idPrefix），如 ${source.prefix}-transport-01；文件名随之改动` });
    }
  }
};
