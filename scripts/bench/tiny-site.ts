/** The folders of one-sentence pages the minimal reproductions of Pagefind's limits index. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A new temporary folder `prefix…` (in `parent`, the system's temporary folder unless given) with n pages, p0/index.html … , the i-th written by `page(i)`. */
export function writePages(prefix: string, n: number, page: (i: number) => string, parent = os.tmpdir()): string {
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, prefix));
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `p${i}`, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page(i));
  }
  return dir;
}

/** Eight words, each on a twentieth of the pages sentencePage writes, as a common word of the site is (电子健康卡 is on 4,833 of 100,000 entries). */
export const SENTENCE_WORDS = ['绿心', '飞地', '轨道', '人才', '污水', '医疗', '信贷', '园区'];
/** One page in this many holds each word. */
export const SENTENCE_SHARE = 20;

/**
 * Pages of one sentence, each of SENTENCE_WORDS on one page in `share` (below eight words to a
 * share, a page holds several of them: word w is on page i when w and i leave the same remainder).
 */
export function sentencePages(share: number): (i: number) => string {
  return (i) => {
    const words = SENTENCE_WORDS.filter((_, w) => w % share === i % share);
    const tail = words.length ? `，建设${words.join('、')}` : '';
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}页</title></head><body><main><h1>第${i}页</h1><p>长株潭一体化第${i}项工作${tail}。</p></main></body></html>`;
  };
}

/** Page i of one sentence, holding one of SENTENCE_WORDS on a twentieth of the pages each. */
export const sentencePage = sentencePages(SENTENCE_SHARE);
