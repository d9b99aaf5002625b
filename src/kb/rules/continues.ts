/** An entry continues an entry of an earlier report: the project's history runs back in time, never in a circle. */
import type { Rule } from './context';

export const continuesRule: Rule = ({ corpus }, report) => {
  const yearOf = new Map(corpus.sources.map((s) => [s.data.id, s.data.year]));
  const entries = new Map(corpus.entries.map((e) => [e.data.id, e.data]));
  for (const e of corpus.entries) {
    const target = e.data.continues && entries.get(e.data.continues);
    // an unknown id is reported by the reference rule
    if (!target) continue;
    const year = yearOf.get(e.data.source);
    const earlier = yearOf.get(target.source);
    if (year !== undefined && earlier !== undefined && earlier >= year) {
      report({
        file: e.file,
        field: 'continues',
        value: e.data.continues,
        message: `这个条目出自 ${earlier} 年的报告（${target.source}），不早于本条目的报告（${year} 年）；continues 只能指向更早报告中的条目`,
      });
    }
  }
};
