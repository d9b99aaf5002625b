/**
 * npm run import — a new report as drafts, from its extracted text.
 *
 *   npm run import -- --source xiangtan-2024 --title 标题 --year 2024 report.txt
 *     [--prefix xt2024] [--publisher 发布机构] [--city 湘潭] [--kind 工作报告]
 *     [--published-in 刊载处] [--url https://…] [--root .]
 *
 * Copies the text to content/sources/<id>.txt and drafts the source, its sections,
 * categories, passages, entries and any plans the site lacks, each with draft: true and
 * a note of what was guessed (scripts/lib/import). --prefix, --publisher and --city
 * default to those of an earlier report of the same city (xiangtan-2023 for xiangtan-2024).
 * It refuses a source id or prefix that exists, and writes nothing then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, readSourceTexts } from '../src/load/fs';
import { importReport, ImportError, type ImportRequest } from './lib/import/run';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    title: { type: 'string' },
    year: { type: 'string' },
    prefix: { type: 'string' },
    publisher: { type: 'string' },
    city: { type: 'string' },
    kind: { type: 'string', default: '工作报告' },
    'published-in': { type: 'string' },
    url: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});

try {
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new ImportError('请给出一个报告文本文件，例如：npm run import -- --source xiangtan-2024 --title 标题 --year 2024 report.txt');
  if (!fs.existsSync(file)) throw new ImportError(`找不到文件 ${file}`);
  const root = path.resolve(values.root!);
  const corpus = loadCorpus(root);
  const request: ImportRequest = {
    source: values.source,
    title: values.title,
    year: values.year,
    prefix: values.prefix,
    publisher: values.publisher,
    city: values.city,
    documentKind: values.kind!,
    publishedIn: values['published-in'],
    url: values.url,
  };
  const result = importReport(corpus, readSourceTexts(corpus, root), fs.readFileSync(file, 'utf8'), request);
  for (const f of result.writes) {
    const target = path.join(root, f.file);
    if (fs.existsSync(target)) throw new ImportError(`${f.file} 已存在；未写入任何文件`);
  }
  for (const f of result.writes) {
    fs.mkdirSync(path.dirname(path.join(root, f.file)), { recursive: true });
    fs.writeFileSync(path.join(root, f.file), f.content, { flag: 'wx' });
  }
  console.log(result.summary);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`未导入：${error.message}`);
  process.exitCode = 1;
}
