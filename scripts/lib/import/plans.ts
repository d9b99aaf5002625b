/** A drafted record for a plan or document a new report names in 《》 and the knowledge base does not have. */
import { titleKey } from '../../../src/kb/text/titles';
import type { PlanLevel } from '../../../src/kb/schemas/vocab';

/** Words for what the reporting city does with a plan, the longer first where one contains another. */
const ROLE_WORDS = ['配合省级层面编制', '参与编制', '制定实施', '贯彻落实', '配合实施', '编制', '出台', '印发', '制定', '实施', '落实', '纳入', '签订', '争取', '配合', '协调'];

/** The level of the body behind a plan, from its title. */
function levelOf(title: string): PlanLevel {
  if (/国家|全国|国务院/.test(title)) return 'national';
  if (/长株潭/.test(title)) return /湘潭市|长沙市|株洲市/.test(title) ? 'city' : 'provincial';
  if (/湖南|省/.test(title)) return 'provincial';
  return 'city';
}

export function draftPlan(title: string, text: string, id: string) {
  const key = titleKey(title);
  const flat = text.replace(/\s+/g, '');
  const at = Math.max(0, flat.indexOf(key));
  // the words just before the title (出台《…》), as the plan-role rule looks for them
  const before = flat.slice(Math.max(0, at - 30), at);
  const after = flat.slice(at + key.length + 1, at + key.length + 12);
  const role =
    ROLE_WORDS.map((w) => ({ w, at: before.lastIndexOf(w) }))
      .filter((r) => r.at >= 0)
      .sort((a, b) => b.at + b.w.length - (a.at + a.w.length) || b.w.length - a.w.length)[0]?.w ?? ROLE_WORDS.find((w) => after.includes(w));
  const nearest = before.length >= 2 ? before.slice(-2) : after.slice(0, 2);
  const period = /(\d{4})—(\d{4})年/.exec(key)?.[0] ?? /(\d{4})年/.exec(key)?.[0];
  const level = levelOf(key);
  return {
    data: { id, title: key, level, levelProvenance: 'editorial' as const, roles: [role ?? nearest], ...(period ? { period } : {}) },
    guesses: [
      `id：${id}（导入时编号，可改为有意义的英文缩写，并同步改动引用它的条目）`,
      `level：${level}（由标题推测）`,
      `roles：${role ?? nearest}（书名号前后的用语${role ? '' : '，取紧邻的两字'}，请改为原文中表示角色的用语）`,
      ...(title !== key ? [`title：已去掉原文书名中的空格（原文写作“${title}”）`] : []),
    ],
  };
}
