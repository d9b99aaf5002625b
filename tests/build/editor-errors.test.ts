/**
 * A mistake in a content file stops the real build with a message an editor can act on:
 * the very message the tests and `npm run new` get from src/kb/rules (one mistake per
 * rule, in one build), and the same list on the page in `astro dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { RULES } from '../../src/kb/rules';
import { formatError } from '../../src/kb/rules/error';
import { loadContent, splitFrontmatter } from '../../src/load/fs';
import { buildEnv, buildSite, copySite } from '../../scripts/support/build';
import { startDev, type DevServer } from '../../scripts/support/dev-server';
import { checkLinks, describeBroken } from '../../scripts/gates/links';
import { sitePages } from '../../src/config/site-pages';
import { corpus, kb } from '../support/corpus';

type Fm = Record<string, unknown>;

/** Rewrites one content file of a site copy: its frontmatter and its body. */
function editFile(site: string, file: string, change: (fm: Fm, body: string) => string | void): void {
  const at = path.join(site, file);
  const { frontmatter, body } = splitFrontmatter(fs.readFileSync(at, 'utf8'));
  const fm = frontmatter as Fm;
  const newBody = change(fm, body) ?? body;
  fs.writeFileSync(at, `---\n${stringify(fm)}---\n${newBody}`);
}

/** Builds a copy of the site after `prepare`; `inspect` sees the output before it is removed. */
function buildWith(prepare: (site: string) => void, inspect?: (outDir: string, site: string) => void) {
  const site = copySite();
  prepare(site);
  const result = buildSite(site);
  try {
    inspect?.(result.outDir, site);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
    fs.rmSync(result.outDir, { recursive: true, force: true });
  }
  return result;
}

const entries = kb.entries;
const pick = (ok: (e: (typeof entries)[number]) => boolean, taken: Set<string>) => {
  const e = entries.find((x) => ok(x) && !taken.has(x.file))!;
  taken.add(e.file);
  return e;
};

/** One mistake per content rule, each in its own file. */
function mistakes(): { rule: string; file: string; apply: (site: string) => void }[] {
  const taken = new Set<string>();
  const plain = () => pick((e) => e.plans.length === 0 && e.figures.length === 0 && e.repairs.length === 0, taken);
  const [a, b, c, d, f, k, g] = [plain(), plain(), pick((e) => !!e.category && e.plans.length === 0, taken), plain(), plain(), plain(), plain()];
  const withPlans = pick((e) => e.plans.length > 0, taken);
  const repaired = pick((e) => e.repairs.length > 0, taken);
  const orderClash = pick(() => true, taken);
  const plan = corpus.plans.find((p) => kb.entriesNamingPlan(p.data.id).length > 0 && !withPlans.plans.includes(p.data.id))!;
  const namer = pick((e) => e.plans.some((id) => id !== plan.data.id && !withPlans.plans.includes(id)), taken);
  const drafted = plain();
  const draftPlan = corpus.plans.find((p) => p.data.id === namer.plans.find((id) => id !== plan.data.id && !withPlans.plans.includes(id)))!;
  const term = corpus.terms[0]!;
  const group = corpus.thesaurus[0]!;
  const section = corpus.sections[0]!;
  return [
    { rule: 'idRule', file: a.file, apply: (s) => editFile(s, a.file, (fm) => void (fm.id = `${a.id}x`)) },
    { rule: 'referenceRule', file: b.file, apply: (s) => editFile(s, b.file, (fm) => void (fm.plans = ['no-such-plan'])) },
    { rule: 'categoryRule', file: c.file, apply: (s) => editFile(s, c.file, (fm) => void (fm.category = 'no-such-category')) },
    {
      rule: 'sectionSourceRule',
      file: 'content/entries/zz-rule-check-source/zz-rule-check-entry.mdx',
      apply: (s) => {
        fs.writeFileSync(path.join(s, 'content/sources/zz-rule-check-source.mdx'), `---\n${stringify({ ...corpus.sources[0]!.data, id: 'zz-rule-check-source' })}---\n`);
        fs.writeFileSync(path.join(s, 'content/sources/zz-rule-check-source.txt'), '');
        fs.mkdirSync(path.join(s, 'content/entries/zz-rule-check-source'));
        fs.writeFileSync(path.join(s, 'content/entries/zz-rule-check-source/zz-rule-check-entry.mdx'), `---\n${stringify({ ...a, file: undefined, text: undefined, paragraphs: undefined, termIds: undefined, id: 'zz-rule-check-entry', source: 'zz-rule-check-source', section: section.data.id, category: undefined })}---\n\n${a.text}\n`);
      },
    },
    // the source added just above copies the real one's metadata, id prefix included
    { rule: 'idPrefixRule', file: 'content/sources/zz-rule-check-source.mdx', apply: () => {} },
    { rule: 'entryTextRule', file: d.file, apply: (s) => editFile(s, d.file, (fm) => void (fm.statusWords = '尚未查明')) },
    { rule: 'continuesRule', file: g.file, apply: (s) => editFile(s, g.file, (fm) => void (fm.continues = k.id)) },
    { rule: 'orderRule', file: orderClash.file, apply: (s) => editFile(s, orderClash.file, (fm) => void (fm.order = a.order)) },
    { rule: 'plainBodyRule', file: f.file, apply: (s) => editFile(s, f.file, (_fm, body) => body.replace(f.text, `**${f.text}**`)) },
    { rule: 'planTitleRule', file: withPlans.file, apply: (s) => editFile(s, withPlans.file, (fm) => void (fm.plans = [])) },
    { rule: 'planRoleRule', file: plan.file, apply: (s) => editFile(s, plan.file, (fm) => void (fm.roles = ['废止'])) },
    { rule: 'termRule', file: term.file, apply: (s) => editFile(s, term.file, (fm) => Object.assign(fm, { term: '五融四抓', aliases: [], parts: [] }) && undefined) },
    { rule: 'thesaurusRule', file: group.file, apply: (s) => editFile(s, group.file, (fm) => void (fm.words = ['子虚乌有', '乌有之乡'])) },
    { rule: 'repairRule', file: repaired.file, apply: (s) => editFile(s, repaired.file, (fm) => void ((fm.repairs as { after: string }[])[0]!.after += '等')) },
    { rule: 'draftReferenceRule', file: namer.file, apply: (s) => editFile(s, draftPlan.file, (fm) => void (fm.draft = true)) },
    { rule: 'publishedSourceRule', file: drafted.file, apply: (s) => editFile(s, drafted.file, (fm) => void (fm.draft = true)) },
    { rule: 'fidelityRule', file: k.file, apply: (s) => editFile(s, k.file, (_fm, body) => body.replace(k.text, k.text.slice(0, 5) + (k.text[5] === '合' ? '共' : '合') + k.text.slice(6))) },
  ];
}

describe('the build stops on an editor mistake, with the message the tests get', () => {
  test('a schema mistake (an unknown kind): file, field, value and the allowed values', () => {
    const file = entries[0]!.file;
    let expected: string[] = [];
    const { status, output } = buildWith((site) => {
      editFile(site, file, (fm) => void (fm.kind = 'reformm'));
      expected = loadContent(site).errors.map(formatError);
    });
    expect(status).not.toBe(0);
    expect(expected).toEqual([`${file}：字段 kind 的值 "reformm" 有误：不在取值表中；允许的取值：${expected[0]!.split('允许的取值：')[1]}`]);
    expect(expected[0]).toContain('plan（规划文件）');
    expect(output).toContain(expected[0]);
  });

  test('one mistake for every content rule: the build reports each, in the tests’ words', () => {
    const table = mistakes();
    expect(table.map((m) => m.rule).sort()).toEqual(RULES.map((r) => r.name).sort());
    let expected: string[] = [];
    const { status, output } = buildWith((site) => {
      for (const m of table) m.apply(site);
      expected = loadContent(site).errors.map(formatError);
    });
    expect(status).not.toBe(0);
    for (const m of table) expect(expected.some((e) => e.startsWith(`${m.file}：`)), `${m.rule}: no error for ${m.file}\n${expected.join('\n')}`).toBe(true);
    for (const line of expected) expect(output).toContain(line);
    expect(output).toContain(`内容校验失败（${expected.length} 处）`);
  });

  test('an MDX syntax error: the build names the file and the line', () => {
    const file = 'content/docs/about.mdx';
    const { status, output } = buildWith((site) => editFile(site, file, (_fm, body) => body.replace(/\n\n(.)/, '\n\n<span>$1')));
    expect(status).not.toBe(0);
    expect(output).toContain('Expected a closing tag for `<span>`');
    expect(output).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}:\\d+:\\d+`));
  });

  test('a broken link or anchor in MDX: the links validator names the file, the line and the link', () => {
    const { status, output } = buildWith((site) =>
      fs.appendFileSync(path.join(site, 'content/docs/about.mdx'), '\n见[校勘记录](#no-such-heading)与[某条目](/entries/no-such-entry/)。\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Links validation failed');
    const report = output.slice(output.indexOf('about.mdx'));
    expect(report).toMatch(/\d+ \| #no-such-heading\s+·\s+╰── invalid hash/);
    expect(report).toMatch(/\d+ \| \/entries\/no-such-entry\/\s+·\s+╰── invalid link/);
  });

  test('an anchor missing on another page: the build passes it on, the link gate names the page and its MDX file', () => {
    let broken: string[] = [];
    const { status } = buildWith(
      (site) => fs.appendFileSync(path.join(site, 'content/docs/about.mdx'), '\n见[引用数据](/citing/#no-such-heading)。\n'),
      (outDir, site) => {
        broken = checkLinks(outDir, sitePages(site)).broken.map(describeBroken);
      },
    );
    expect(status).toBe(0);
    expect(broken).toEqual(['/about/（content/docs/about.mdx） → /citing/#no-such-heading：目标页面没有 id 为 “no-such-heading” 的锚点']);
  });
});

describe('astro dev shows content mistakes on the page', () => {
  test('the page the editor opens lists the mistake, in the build’s words, and recovers when it is fixed', async () => {
    const site = copySite();
    const file = entries[0]!.file;
    editFile(site, file, (fm) => void (fm.statusWords = '尚未查明'));
    const expected = loadContent(site).errors.map(formatError);
    expect(expected).toHaveLength(1);
    let dev: DevServer | undefined;
    try {
      dev = await startDev(site, buildEnv());
      const page = `${dev.url}/entries/${entries[0]!.id}/`;
      const broken = await fetch(page);
      expect(broken.status).toBe(500);
      const html = await broken.text();
      expect(html).toContain('内容校验失败（1 处）');
      expect(html).toContain(file);
      expect(html).toContain(expected[0]!.slice(file.length + 1).replace(/"/g, '&#34;'));
      editFile(site, file, (fm) => void (fm.statusWords = entries[0]!.statusWords));
      let fixed = 0;
      for (let i = 0; i < 40 && fixed !== 200; i++) {
        await new Promise((r) => setTimeout(r, 250));
        fixed = (await fetch(page)).status;
      }
      expect(fixed).toBe(200);
    } finally {
      await dev?.stop();
      fs.rmSync(site, { recursive: true, force: true });
    }
  }, 120_000);
});
