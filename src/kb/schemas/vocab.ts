/**
 * Closed vocabularies of the content model, with their Chinese labels.
 * The keys are what editors write in frontmatter; the labels are what readers see.
 */

/** What kind of work an entry describes. */
export const KINDS = {
  plan: '规划文件',
  project: '项目工程',
  platform: '平台机构',
  reform: '改革试点',
  service: '公共服务',
  cooperation: '合作机制',
  governance: '治理监管',
  event: '活动宣传',
} as const;

/** How far the work had got, as the source text states it. */
export const STATUSES = {
  done: '已完成',
  approved: '已获批',
  launched: '已启动',
  'in-progress': '推进中',
  preparing: '谋划中',
} as const;

/**
 * Words by which a report states how far a piece of work had got, for each status: what
 * `npm run import` looks for to suggest an entry's status and its statusWords. A longer
 * phrase wins over a word it contains (研究出台 is preparing, 出台 launched).
 */
export const STATUS_WORDS: Record<keyof typeof STATUSES, readonly string[]> = {
  done: ['基本完成', '完成', '建成', '举行', '召开', '实现', '开发出', '成功发行', '成功打造', '通过验收', '拨付', '签约', '签订', '已编制'],
  approved: ['成功获批', '获批', '成功申报', '入选', '立项实施', '获得', '已成为', '批复'],
  launched: ['出台', '制定实施', '印发', '成立', '挂牌', '启动', '开工', '通车', '试运行', '恢复运营', '引进', '开辟', '打出', '开展'],
  'in-progress': ['全力推进', '加紧推进', '协同推进', '持续推进', '研究推进', '推进', '推动', '推荐', '构建', '扶持', '大力实施', '实施', '参与编制', '配合', '协调', '编制', '建设'],
  preparing: ['争取', '探索', '研究出台', '谋划', '筹备', '拟'],
};

/** The three cities of the Changsha–Zhuzhou–Xiangtan metropolitan area. */
export const CITIES = {
  changsha: '长沙',
  zhuzhou: '株洲',
  xiangtan: '湘潭',
} as const;

/** The level of the body that issues or drafts a plan. */
export const PLAN_LEVELS = {
  national: '国家',
  provincial: '省',
  'three-city': '三市',
  city: '市',
} as const;

/** Whether a statement comes from the source text or was written by the editors. */
export const PROVENANCE = {
  text: '原文',
  editorial: '编者',
} as const;

/** Where a value (a plan's level …) comes from, as exports and notes label it. */
export const PROVENANCE_NOTES = {
  text: '原文',
  editorial: '编者判断',
} as const satisfies Record<keyof typeof PROVENANCE, string>;

/** Which part of a report a passage is. */
export const PASSAGE_KINDS = {
  opening: '导语',
  outlook: '展望',
} as const;

/** How the words of a synonym group differ from the report's own. */
export const SYNONYM_KINDS = {
  everyday: '日常说法',
  abbreviation: '简称与全称',
  broader: '上位或下位词',
  other: '别称与旧称',
} as const;

export type Kind = keyof typeof KINDS;
export type Status = keyof typeof STATUSES;
export type City = keyof typeof CITIES;
export type PlanLevel = keyof typeof PLAN_LEVELS;
export type Provenance = keyof typeof PROVENANCE;
export type PassageKind = keyof typeof PASSAGE_KINDS;

/** The keys of a vocabulary, as the non-empty tuple that `z.enum` wants. */
export function keysOf<T extends Record<string, string>>(vocab: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(vocab) as (keyof T & string)[];
  if (keys.length === 0) throw new Error('empty vocabulary');
  return keys as [keyof T & string, ...(keyof T & string)[]];
}
