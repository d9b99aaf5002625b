/**
 * What `npm run import` guesses about one statement of a new report, each guess with the
 * reason an editor reads in the draft's note: its title, kind, status, cities, what its
 * figures count, and the repairs of plain extraction artifacts.
 */
import { CITIES, STATUS_WORDS, type City, type Kind, type Status } from '../../../src/kb/schemas/vocab';
import { statedFigures } from '../../../src/kb/text/figures';

export interface Guess<T> {
  value: T;
  /** Why, for the draft's note (Chinese). */
  why: string;
}

/** The status the text states: the earliest status word of the vocabulary in it, the longer of two at one place. */
export function guessStatus(text: string): Guess<{ status: Status; words: string }> | undefined {
  let best: { at: number; status: Status; words: string } | undefined;
  for (const [status, words] of Object.entries(STATUS_WORDS) as [Status, readonly string[]][]) {
    for (const words_ of words) {
      const at = text.indexOf(words_);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && words_.length > best.words.length)) best = { at, status, words: words_ };
    }
  }
  return best && { value: { status: best.status, words: best.words }, why: `正文中最先出现的状态用语“${best.words}”` };
}

/** Words that suggest a kind of work, the more specific kinds first. */
const KIND_WORDS: [Kind, RegExp][] = [
  ['event', /会议|座谈|活动|专栏|宣传|论坛|推介|招商会|举行|召开/],
  ['plan', /《|规划|方案|计划|分工表/],
  ['reform', /改革|试点|通办|审批|一件事/],
  ['platform', /实验室|平台|中心|研究院|孵化/],
  ['service', /医|学校|教育|办学|社保|公交|就医|养老|文旅|旅游|专列/],
  ['governance', /监管|治理|执法|联防|整治|资金|督查/],
  ['cooperation', /合作|协同|联合|共建|协议|对接|融入/],
  ['project', /项目|工程|建设|道路|大道|通车|园区|产业/],
];

export function guessKind(text: string): Guess<Kind> {
  for (const [kind, words] of KIND_WORDS) {
    const m = words.exec(text);
    if (m) return { value: kind, why: `正文有“${m[0]}”` };
  }
  return { value: 'project', why: '正文中没有提示类型的用语，暂作项目工程' };
}

/** The cities a text names (长株潭 and 三市 name all three), else the report's own city. */
export function guessCities(text: string, reportCity: string): Guess<City[]> {
  const all = Object.keys(CITIES) as City[];
  if (/长株潭|三市/.test(text)) return { value: all, why: '正文提到长株潭或三市' };
  const named = all.filter((c) => text.includes(CITIES[c]));
  if (named.length) return { value: named, why: `正文提到${named.map((c) => CITIES[c]).join('、')}` };
  const own = all.find((c) => reportCity.startsWith(CITIES[c])) ?? 'xiangtan';
  return { value: [own], why: `正文没有提到城市，暂作报告所属的${CITIES[own]}` };
}

/** A title from the text: its first clause, without the status word it starts with, at most 30 characters. */
export function guessTitle(text: string): Guess<string> {
  const clause = text.split(/[，；。：]/).find((c) => c.replace(/\s/g, '').length >= 4) ?? text;
  const plain = clause.replace(/\s+/g, '').replace(/[《》〈〉<>“”]/g, '');
  const title = plain.length > 30 ? plain.slice(0, 30) : plain.length < 2 ? '待拟标题' : plain;
  return { value: title, why: '取自正文第一句，请改写为简明的编者拟题' };
}

/** What a figure counts: the words right after it if any (50项具体任务), else the words before it (分解任务160个). */
export function guessFigureCounts(text: string, figureText: string): Guess<string> {
  const at = text.indexOf(figureText);
  const after = /^[\u4e00-\u9fff]{2,8}/.exec(text.slice(at + figureText.length).replace(/^[的等]/, ''))?.[0];
  const before = /[\u4e00-\u9fff]{2,8}$/.exec(text.slice(0, at).replace(/[\d.]+$/, ''))?.[0];
  const counts = (after && !/^[其和与及]/.test(after) ? after : before) ?? '待核对';
  return { value: counts.slice(0, 20), why: `“${figureText}”统计的对象取自它前后的文字` };
}

export interface DraftRepair {
  before: string;
  after: string;
  why: string;
}

/** Artifacts of extraction that are plainly artifacts, each with its own record (as the curated entries record theirs). */
const ARTIFACTS: { find: RegExp; mend: (m: string) => string; why: string; itemEnd?: true }[] = [
  { find: /[^\sA-Za-z\d]?\s+\d[\d.]*\s*[^\sA-Za-z\d]|[^\sA-Za-z\d]\d[\d.]*\s+[^\sA-Za-z\d]/g, mend: (m) => m.replace(/\s+/g, ''), why: '多栏排版抽取时数字与单位之间产生的多余空格' },
  { find: /</g, mend: () => '〈', why: '嵌套书名号〈在抽取中变成了 ASCII 尖括号' },
  { find: />/g, mend: () => '〉', why: '嵌套书名号〉在抽取中变成了 ASCII 尖括号' },
  { find: /;$/g, mend: () => '；', why: '条目末尾的分号在抽取中变成了半角分号', itemEnd: true },
  { find: /，$/g, mend: () => '；', why: '条目末尾的分号在抽取中误作逗号', itemEnd: true },
];

/** The repairs of a statement and its repaired text; each repair applies to the text left by the ones before it. */
export function guessRepairs(statement: string, isLast: boolean): { text: string; repairs: DraftRepair[] } {
  let text = statement;
  const repairs: DraftRepair[] = [];
  for (const a of ARTIFACTS) {
    // the last item of a list ends with 。; only the others end with ；
    if (isLast && a.itemEnd) continue;
    for (;;) {
      a.find.lastIndex = 0;
      const m = a.find.exec(text);
      if (!m || a.mend(m[0]) === m[0]) break;
      const after = a.mend(m[0]);
      repairs.push({ before: m[0], after, why: a.why });
      text = text.slice(0, m.index) + after + text.slice(m.index + m[0].length);
    }
  }
  return { text, repairs };
}

/** The figures of a text, each with a guess of what it counts. */
export function guessFigures(text: string) {
  return statedFigures(text).map((f) => {
    const counts = guessFigureCounts(text, f.text);
    return { figure: { value: f.value, unit: f.unit, counts: counts.value, text: f.text }, why: counts.why };
  });
}

/** A 《 with no 》 before the next 《 or the end: the editor must close it (where is a matter of wording). */
export function unclosedTitle(text: string): boolean {
  let open = false;
  for (const ch of text) {
    if (ch === '《') {
      if (open) return true;
      open = true;
    } else if (ch === '》') open = false;
  }
  return open;
}
