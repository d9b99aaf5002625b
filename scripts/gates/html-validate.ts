/**
 * Gate: html-validate over every built page, twice. With its `standard` rules (what the
 * HTML standard requires): zero messages, no exception. With its `recommended` rules
 * (good practice besides): a few set to what the standard allows, and a short list of
 * allowed messages, each on markup that Starlight writes (not ours) and each explained
 * below; zero errors otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlFiles } from '../../src/build/html';

export const STANDARD: ConfigData = { extends: ['html-validate:standard'] };

export const RECOMMENDED: ConfigData = {
  extends: ['html-validate:recommended'],
  // The recommended rules are the standard's and good practice; these differ:
  rules: {
    // Astro writes void elements as <meta/>; the standard allows both forms.
    'void-style': 'off',
    // HTML allows any id without spaces (Starlight's heading anchor is id="_top").
    'valid-id': ['error', { relaxed: true }],
    // Checkboxes of one facet share their name on purpose: the form sends every value checked.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

/** Messages allowed on Starlight's own markup: rule, the element (CSS selector) and why. */
export const ALLOWED: { rule: string; selector: RegExp; why: string }[] = [
  {
    rule: 'no-implicit-button-type',
    selector: /> nav > button$/,
    why: 'Starlight 的手机菜单按钮不在表单中，缺省的 type 不会提交任何东西',
  },
  {
    rule: 'unique-landmark',
    selector: /> (?:mobile-)?starlight-toc > nav$/,
    why: 'Starlight 的“本页内容”导航分桌面版和手机版，同名，但同一时刻只显示其中一个',
  },
];

export interface HtmlValidateReport {
  pages: number;
  errors: { file: string; line: number; rule: string; message: string; element: string }[];
  allowed: number;
}

const plainSelector = (selector: string | null) => (selector ?? '').replace(/:nth-child\(\d+\)/g, '');

export function checkHtmlValidate(dist: string, config = RECOMMENDED, allowed = ALLOWED): HtmlValidateReport {
  const validator = new HtmlValidate(config);
  const report: HtmlValidateReport = { pages: 0, errors: [], allowed: 0 };
  for (const file of htmlFiles(dist)) {
    report.pages++;
    const result = validator.validateStringSync(fs.readFileSync(path.join(dist, file), 'utf8'), file);
    for (const m of result.results.flatMap((r) => r.messages)) {
      if (allowed.some((a) => a.rule === m.ruleId && a.selector.test(plainSelector(m.selector)))) report.allowed++;
      else report.errors.push({ file, line: m.line, rule: m.ruleId, message: m.message, element: plainSelector(m.selector) });
    }
  }
  return report;
}
