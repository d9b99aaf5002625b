/** The real collections and source reports, loaded once for the tests, as the build loads them. */
import { loadCorpus, readSourceTexts } from '../../src/load/fs';
import { buildKb } from '../../src/kb/model';
import { parseReport } from '../../src/kb/text/report';
import { ROOT } from '../../scripts/support/root';

export { ROOT };

export const corpus = loadCorpus(ROOT);
/** Each source report's extracted text, by source id. */
export const sourceTexts = readSourceTexts(corpus, ROOT);
export const kb = buildKb(corpus, sourceTexts);
/** Each source report as parsed from its text: opening, sections, headings, items, outlook. */
export const reports = new Map([...sourceTexts].map(([id, text]) => [id, parseReport(text)]));
