/** The real collections and source report, loaded once for the tests. */
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../src/load/fs';
import { buildKb } from '../../src/kb/model';
import { parseReport } from '../../src/kb/text/report';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The source report as extracted, kept unchanged beside its metadata. */
export const REPORT_PATH = path.join(ROOT, 'content/sources/xiangtan-2023.txt');
/** The shared original it was copied from, where present (as laid out for CI). */
export const SHARED_REPORT_PATH = path.resolve(ROOT, '../shared/source/report.txt');

export const corpus = loadCorpus(ROOT);
export const kb = buildKb(corpus);
export const reportText = fs.readFileSync(REPORT_PATH, 'utf8');
export const report = parseReport(reportText);
