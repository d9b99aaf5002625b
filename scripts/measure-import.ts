/**
 * npm run measure:import — how well `npm run import` drafts each report the site already
 * has (scripts/lib/import/measure.ts): its text imported afresh and compared, statement by
 * statement, with the curated entries. Prints one table per report (README quotes it).
 */
import { loadCorpus, readSourceTexts } from '../src/load/fs';
import { measureImport, measureTable } from './lib/import/measure';

const corpus = loadCorpus();
const texts = readSourceTexts(corpus);
for (const s of corpus.sources) {
  if (!texts.has(s.data.id) || !corpus.entries.some((e) => e.data.source === s.data.id)) continue;
  console.log(`\n### ${s.data.title}（${s.data.id}）\n\n${measureTable(measureImport(corpus, texts, s.data.id))}`);
}
