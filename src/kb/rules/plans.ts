/**
 * Rules of plans and documents: each 《title》 (and nested 〈title〉) of a text is a plan
 * record that the text lists in its `plans`, and back; Xiangtan's roles are words of a
 * text naming the plan.
 */
import type { Doc } from '../registry';
import { namedTitles, planFinder, titleKey } from '../text/titles';
import type { Rule } from './context';

export const planTitleRule: Rule = ({ corpus, ids, textOf }, report) => {
  const findPlan = planFinder(corpus.plans.map((p) => p.data));
  for (const doc of [...corpus.entries, ...corpus.passages] as Doc<{ plans: string[] }>[]) {
    const named = new Map<string, string>();
    for (const title of namedTitles(textOf(doc))) {
      const plan = findPlan(title);
      if (!plan) {
        report({
          file: doc.file,
          field: '正文',
          value: `《${title}》`,
          message: '没有这个规划与文件；请新建一份（npm run new -- --type plan），或在已有文件的 variants 中加上这种写法',
        });
      } else named.set(plan.id, title);
    }
    const listed = doc.data.plans;
    for (const [id, title] of named) {
      if (!listed.includes(id)) report({ file: doc.file, field: 'plans', message: `正文提到《${title}》，请在 plans 中加上 ${id}` });
    }
    listed.forEach((id, i) => {
      // an unknown id is reported by the reference rule
      if (!named.has(id) && ids('plans').has(id)) {
        report({ file: doc.file, field: `plans[${i}]`, value: id, message: '正文没有在《》中提到这份文件；plans 只列正文提到的文件' });
      }
    });
  }
};

/** Is every character of `needle` in `hay`, in order (出台 in 出台了)? */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** How far before and after a title the words of a role are looked for. */
const ROLE_WINDOW = { before: 30, after: 12 };

export const planRoleRule: Rule = ({ corpus, textOf }, report) => {
  const namers = [...corpus.entries, ...corpus.passages] as Doc<{ plans: string[] }>[];
  for (const p of corpus.plans) {
    const texts = namers
      .filter((d) => d.data.plans.includes(p.data.id))
      .map((d) => {
        const text = textOf(d);
        const key = titleKey(p.data.title);
        const at = Math.max(0, text.replace(/\s+/g, '').indexOf(key));
        return text.replace(/\s+/g, '').slice(Math.max(0, at - ROLE_WINDOW.before), at + key.length + ROLE_WINDOW.after);
      });
    // A plan no text names yet has no words to check its roles against.
    if (texts.length === 0) continue;
    p.data.roles.forEach((role, i) => {
      if (!texts.some((t) => isSubsequence(role, t))) {
        report({ file: p.file, field: `roles[${i}]`, value: role, message: '提及这份文件的正文中，书名号前后找不到这个用语；角色须用原文用语（如 编制、出台、配合实施）' });
      }
    });
  }
};
