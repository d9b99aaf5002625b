/**
 * Every content rule, in one place. The build (src/load/astro.ts), `astro dev` (the same,
 * shown on the page), `npm run new` (scripts/lib/scaffold.ts) and the tests all call
 * `checkContent`, so an editor gets the same message wherever the mistake is found.
 * A new rule: a module exporting a `Rule`, listed in RULES.
 */
import type { Corpus } from '../registry';
import { ruleContext, type Rule } from './context';
import { ContentErrors, type ContentError } from './error';
import { categoryRule, entryTextRule, orderRule, plainBodyRule, sectionSourceRule } from './entries';
import { continuesRule } from './continues';
import { draftReferenceRule, publishedSourceRule } from './drafts';
import { fidelityRule } from './fidelity';
import { idPrefixRule, idRule } from './ids';
import { planRoleRule, planTitleRule } from './plans';
import { referenceRule } from './references';
import { repairRule } from './repairs';
import { termRule } from './terms';
import { thesaurusRule } from './thesaurus';

export const RULES: readonly Rule[] = [
  idRule,
  idPrefixRule,
  referenceRule,
  draftReferenceRule,
  publishedSourceRule,
  categoryRule,
  sectionSourceRule,
  entryTextRule,
  orderRule,
  continuesRule,
  plainBodyRule,
  planTitleRule,
  planRoleRule,
  termRule,
  thesaurusRule,
  repairRule,
  fidelityRule,
];

/** Every mistake in a corpus whose files each passed their schema, in rule order. */
export function checkContent(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>): ContentError[] {
  const errors: ContentError[] = [];
  const context = ruleContext(corpus, sourceTexts);
  for (const rule of RULES) rule(context, (e) => errors.push(e));
  return errors;
}

/** Throws one error listing every mistake, so that a build stops with all of them at once. */
export function assertContent(corpus: Corpus, sourceTexts: ReadonlyMap<string, string>): void {
  const errors = checkContent(corpus, sourceTexts);
  if (errors.length) throw new ContentErrors(errors);
}

export { ContentErrors, formatError, formatErrors, type ContentError } from './error';
export { validateDoc } from './schema';
export { sourceTextFile } from './fidelity';
