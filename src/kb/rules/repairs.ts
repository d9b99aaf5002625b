/** A repair mends an artifact of extraction (a line break, a space, a punctuation mark), never the wording. */
import type { Doc } from '../registry';
import type { Repair } from '../schemas/entry';
import { wordingOf } from '../text/report';
import type { Rule } from './context';


export const repairRule: Rule = ({ corpus }, report) => {
  for (const doc of [...corpus.entries, ...corpus.passages] as Doc<{ repairs: Repair[] }>[]) {
    doc.data.repairs.forEach((r, i) => {
      if (wordingOf(r.after) !== wordingOf(r.before)) {
        report({ file: doc.file, field: `repairs[${i}].after`, value: r.after, message: `改动了原文用语（修复前：“${r.before}”）；修复只能改空格、断行和标点` });
      }
    });
  }
};
