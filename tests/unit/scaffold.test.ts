/** `npm run new`: what it writes, and what it refuses. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDoc, SCHEMAS } from '../../src/load/fs';
import { scaffold, ScaffoldError, type NewEntry } from '../../scripts/lib/scaffold';
import { corpus, ROOT } from '../support/corpus';

const entry: NewEntry = {
  type: 'entry',
  source: 'xiangtan-2023',
  section: 'breakthroughs',
  category: 'transport',
  title: '某工程开工建设',
  kind: 'project',
  status: 'launched',
  statusWords: '开工',
  cities: ['xiangtan'],
  text: '某工程开工建设。',
};

describe('scaffold', () => {
  test('writes a valid entry with the next free id and order', () => {
    const made = scaffold(corpus, entry);
    expect(made.file).toBe('content/entries/xiangtan-2023/xt2023-transport-07.mdx');
    expect(made.url).toBe('/entries/xt2023-transport-07/');
    const doc = parseDoc(SCHEMAS.entries, made.file, made.content);
    expect(doc.data.order).toBe(62);
    expect(doc.body.trim()).toBe('某工程开工建设。');
  });

  test.each([
    ['an unknown category', { category: 'transportt' }, '字段 category 的值 "transportt" 有误：没有这个栏目 breakthroughs 下的类别；允许的取值：'],
    ['a category outside 重点突破', { section: 'consensus' }, '栏目 consensus 没有类别，请删去 category'],
    ['an unknown kind', { kind: 'road' }, '字段 kind：未知取值 "road"；允许的取值：plan（规划文件）'],
    ['status words not in the text', { statusWords: '竣工' }, '字段 statusWords 的值 "竣工" 有误：正文中找不到这段文字'],
    ['a clashing id', { id: 'xt2023-transport-01' }, 'id 已被 content/entries/xiangtan-2023/xt2023-transport-01.mdx 使用'],
  ])('refuses %s with a clear message', (_name, change, message) => {
    expect(() => scaffold(corpus, { ...entry, ...change })).toThrow(ScaffoldError);
    expect(() => scaffold(corpus, { ...entry, ...change })).toThrow(message);
  });

  test('writes a plan and a term', () => {
    const plan = scaffold(corpus, { type: 'plan', id: 'xt-test-plan', title: '湘潭市测试方案', level: 'city', roles: ['出台'] });
    expect(parseDoc(SCHEMAS.plans, plan.file, plan.content).data.level).toBe('city');
    const term = scaffold(corpus, { type: 'term', id: 'test-term', term: '电子健康卡', definition: '编者为测试所写的释义。' });
    expect(parseDoc(SCHEMAS.terms, term.file, term.content).data.definitionProvenance).toBe('editorial');
    expect(() => scaffold(corpus, { type: 'term', id: 'test-term', term: '测试术语', definition: '编者为测试所写的释义。' })).toThrow('报告正文（条目、导语和展望）中找不到这个词');
    expect(() => scaffold(corpus, { type: 'term', id: 'feidi-yuanqu', term: '飞地', definition: '重复的术语 id。' })).toThrow('id 已被');
  });
});

describe('npm run new (the command)', () => {
  const run = (root: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/new.ts'), '--root', root, ...args], {
      encoding: 'utf8',
      input: '',
    });

  test('creates the file from flags and prints its path and preview URL; refuses a clash', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-new-'));
    fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    const flags = ['--section', 'breakthroughs', '--category', 'zones', '--title', '测试条目标题', '--kind', 'project', '--status', 'launched', '--status-words', '开工', '--cities', 'xiangtan,changsha', '--text', '某片区开工建设。'];
    const ok = run(root, flags);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('已创建 content/entries/xiangtan-2023/xt2023-zones-04.mdx');
    expect(ok.stdout).toContain('http://localhost:4321/entries/xt2023-zones-04/');
    expect(fs.existsSync(path.join(root, 'content/entries/xiangtan-2023/xt2023-zones-04.mdx'))).toBe(true);
    const clash = run(root, [...flags, '--id', 'xt2023-zones-04']);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('未创建任何文件');
    expect(clash.stderr).toContain('id 已被 content/entries/xiangtan-2023/xt2023-zones-04.mdx 使用');
    const missing = run(root, ['--section', 'breakthroughs']);
    expect(missing.stderr).toContain('缺少 --category');
    fs.rmSync(root, { recursive: true, force: true });
  });
});
