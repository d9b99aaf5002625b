/**
 * npm run new — scaffold a new entry (default), plan or glossary term.
 *
 *   npm run new                                   asks for each field in the terminal
 *   npm run new -- --section breakthroughs --category transport --title 标题 \
 *     --kind project --status launched --status-words 开工 --cities xiangtan --text 原文……
 *     --figure "160个=分解任务"                   what each figure of the text counts
 *   npm run new -- --type plan --id xt-new-plan --title 文件名 --level city --roles 出台
 *   npm run new -- --type term --id some-term --term 术语 --definition 释义
 *   npm run new -- --type source --id xiangtan-2024 --title 标题 --publisher 发布机构 \
 *     --city 湘潭 --year 2024 --prefix xt2024 [--document-kind 工作报告] [--text-file report.txt]
 *                                                 a report typed by hand (a draft until its entries
 *                                                 are in; `npm run import` drafts them all at once)
 *
 * Missing fields are asked for when run in a terminal; otherwise it stops and says which.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadCorpus, readSourceTexts } from '../src/load/fs';
import { scaffold, ScaffoldError, type NewThing } from './lib/scaffold';
import { CITIES, KINDS, PLAN_LEVELS, STATUSES } from '../src/kb/schemas/vocab';
import { statedFigures } from '../src/kb/text/figures';

const { values } = parseArgs({
  options: {
    type: { type: 'string', default: 'entry' },
    id: { type: 'string' },
    source: { type: 'string' },
    section: { type: 'string' },
    category: { type: 'string' },
    title: { type: 'string' },
    kind: { type: 'string' },
    status: { type: 'string' },
    'status-words': { type: 'string' },
    cities: { type: 'string' },
    text: { type: 'string' },
    level: { type: 'string' },
    roles: { type: 'string' },
    term: { type: 'string' },
    definition: { type: 'string' },
    figure: { type: 'string', multiple: true },
    publisher: { type: 'string' },
    city: { type: 'string' },
    year: { type: 'string' },
    prefix: { type: 'string' },
    'document-kind': { type: 'string' },
    'text-file': { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});

const root = path.resolve(values.root!);
const corpus = loadCorpus(root);
const sourceTexts = readSourceTexts(corpus, root);
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

const choices = (vocab: Record<string, string>) => Object.entries(vocab).map(([k, v]) => `${k}（${v}）`).join('、');

/** A flag's value, or the answer to a prompt, or a clear stop. */
async function ask(name: string, question: string, given?: string, options?: string): Promise<string> {
  if (given !== undefined) return given.trim();
  if (!rl) throw new ScaffoldError(`缺少 --${name}（${question}${options ? `；可选：${options}` : ''}）`);
  const answer = await rl.question(`${question}${options ? `\n  可选：${options}` : ''}\n> `);
  return answer.trim();
}

const list = (s: string) => s.split(/[,，、\s]+/).filter(Boolean);

/** What each figure of the text counts: from --figure "160个=分解任务" flags, or asked for each. */
async function figureCounts(text: string): Promise<Record<string, string>> {
  const given = Object.fromEntries((values.figure ?? []).map((f) => f.split('=').map((s) => s.trim()) as [string, string]));
  const out: Record<string, string> = {};
  for (const f of statedFigures(text)) out[f.text] = given[f.text] ?? (rl ? await ask('figure', `正文中的“${f.text}”统计的是什么（如 分解任务）`) : '');
  return out;
}

async function gather(): Promise<NewThing> {
  if (values.type === 'plan') {
    return {
      type: 'plan',
      id: await ask('id', '文件 id（小写字母、数字、连字符）', values.id),
      title: await ask('title', '文件标题（不含书名号）', values.title),
      level: await ask('level', '层级', values.level, choices(PLAN_LEVELS)),
      roles: list(await ask('roles', '湘潭角色（原文用语，多个用逗号分隔）', values.roles)),
    };
  }
  if (values.type === 'term') {
    return {
      type: 'term',
      id: await ask('id', '术语 id（小写字母、数字、连字符）', values.id),
      term: await ask('term', '术语', values.term),
      definition: await ask('definition', '释义（编者撰写）', values.definition),
    };
  }
  if (values.type === 'source') {
    const textFile = values['text-file'];
    if (textFile !== undefined && !fs.existsSync(textFile)) throw new ScaffoldError(`找不到 --text-file ${textFile}`);
    return {
      type: 'source',
      id: await ask('id', '报告 id（小写字母、数字、连字符，如 xiangtan-2024）', values.id),
      title: await ask('title', '报告标题', values.title),
      publisher: await ask('publisher', '发布机构', values.publisher),
      city: await ask('city', '城市（如 湘潭）', values.city),
      year: Number(await ask('year', '年份', values.year)),
      idPrefix: await ask('prefix', '条目编号前缀（城市简称加年份，如 xt2024）', values.prefix),
      documentKind: values['document-kind'] ?? '工作报告',
      text: textFile ? fs.readFileSync(textFile, 'utf8') : '',
    };
  }
  if (values.type !== 'entry') throw new ScaffoldError(`未知的 --type ${JSON.stringify(values.type)}；可选：entry、plan、term、source`);
  const sources = corpus.sources.map((s) => s.data.id);
  const source = values.source ?? (sources.length === 1 ? sources[0]! : await ask('source', '来源报告', undefined, sources.join('、')));
  const section = await ask('section', '栏目', values.section, corpus.sections.map((s) => `${s.data.id}（${s.data.title}）`).join('、'));
  const categories = corpus.categories.filter((c) => c.data.section === section);
  const category = categories.length
    ? await ask('category', '类别', values.category, categories.map((c) => `${c.data.id}（${c.data.title}）`).join('、'))
    : values.category;
  const title = await ask('title', '编者拟题（30 字以内）', values.title);
  const kind = await ask('kind', '类型', values.kind, choices(KINDS));
  const status = await ask('status', '状态', values.status, choices(STATUSES));
  const statusWords = await ask('status-words', '原文中表明状态的用语（须出现在原文中）', values['status-words']);
  const cities = list(await ask('cities', '涉及城市（多个用逗号分隔）', values.cities, choices(CITIES)));
  const text = await ask('text', '原文（照录）', values.text);
  return {
    type: 'entry',
    source,
    section,
    category,
    id: values.id,
    title,
    kind,
    status,
    statusWords,
    cities,
    text,
    figureCounts: await figureCounts(text),
  };
}

try {
  const made = scaffold(corpus, sourceTexts, await gather());
  const target = path.join(root, made.file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (made.companion && fs.existsSync(path.join(root, made.companion.file))) throw new ScaffoldError(`${made.companion.file} 已存在`);
  fs.writeFileSync(target, made.content, { flag: 'wx' });
  if (made.companion) {
    fs.writeFileSync(path.join(root, made.companion.file), made.companion.content, { flag: 'wx' });
    console.log(`已创建 ${made.companion.file}（报告原文，照录，不作改动）`);
  }
  console.log(`已创建 ${made.file}\n预览：npm run dev，然后打开 http://localhost:4321${made.url}`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`未创建任何文件：\n${error.message}`);
  process.exitCode = 1;
} finally {
  rl?.close();
}
