/**
 * Gate: security basics on every built page. Each page has one Content-Security-Policy
 * <meta> that allows its inline scripts, styles and style attributes by hash and nothing
 * by 'unsafe-inline', 'unsafe-eval' or another host; no element has an inline event
 * handler (onclick=…) or a javascript: URL; `_headers` forbids framing (frame-ancestors).
 * (That the pages keep to their policy in a browser is checked in tests/e2e/security.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { HEADERS_FILE } from '../../src/build/csp/site';
import { hashSource, inlineCode, metaPolicy, parsePolicy, policyMetas } from '../../src/build/csp/policy';
import { htmlFiles, parsePage, type ParsedPage } from '../../src/build/html';

export interface SecurityReport {
  pages: number;
  /** Inline scripts, style elements and style attributes checked against their page's policy. */
  inline: number;
  problems: { file: string; why: string }[];
}

const FORBIDDEN_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'];
/** Attributes whose value a browser may navigate to or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];
/** A javascript: URL as a browser reads it: leading spaces and control characters, and tabs or newlines anywhere, are ignored. */
const isJavascriptUrl = (value: string) => /^javascript:/i.test(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));

function policyProblems(directives: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [name, sources] of directives) {
    for (const s of sources) {
      if (FORBIDDEN_SOURCES.includes(s) && !(name === 'img-src' && s === 'data:')) problems.push(`${name} 含有 ${s}`);
      else if (/^(?:https?:)?\/\//.test(s)) problems.push(`${name} 允许其他主机 ${s}`);
    }
  }
  return problems;
}

function checkPage(file: string, page: ParsedPage, report: SecurityReport): void {
  const problem = (why: string): void => {
    report.problems.push({ file, why });
  };
  const value = metaPolicy(page);
  const metas = policyMetas(page).length;
  if (!value || metas !== 1) {
    problem(`应有 1 个 Content-Security-Policy <meta>，实有 ${metas} 个`);
    return;
  }
  const directives = parsePolicy(value);
  policyProblems(directives).forEach(problem);
  if (directives.get('default-src')?.join(' ') !== "'none'") problem("default-src 不是 'none'");
  const code = inlineCode(page);
  const lists: [string, string[], string][] = [
    ['script-src', code.scripts, '内联脚本'],
    ['style-src', code.styles, '<style> 样式'],
    ['style-src-attr', code.styleAttributes, 'style 属性'],
  ];
  for (const [directive, texts, what] of lists) {
    const allowed = new Set(directives.get(directive) ?? []);
    for (const text of texts) {
      report.inline++;
      if (!allowed.has(hashSource(text))) problem(`${what}未列入 ${directive}：${text.trim().slice(0, 60)}`);
    }
  }
  for (const el of page.elements) {
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) problem(`内联事件处理属性 ${name}：<${el.tagName}>`);
      if (URL_ATTRIBUTES.includes(name) && isJavascriptUrl(value)) problem(`javascript: 网址：<${el.tagName} ${name}="${value.slice(0, 40)}">`);
    }
  }
}

export function checkSecurity(dist: string): SecurityReport {
  const report: SecurityReport = { pages: 0, inline: 0, problems: [] };
  for (const file of htmlFiles(dist)) {
    report.pages++;
    checkPage(file, parsePage(fs.readFileSync(path.join(dist, file), 'utf8')), report);
  }
  const headers = path.join(dist, HEADERS_FILE);
  const sitePolicy = fs.existsSync(headers) ? /Content-Security-Policy:\s*(.+)/.exec(fs.readFileSync(headers, 'utf8'))?.[1] : undefined;
  if (!sitePolicy) report.problems.push({ file: HEADERS_FILE, why: '缺少 Content-Security-Policy 头' });
  else {
    const directives = parsePolicy(sitePolicy);
    policyProblems(directives).forEach((why) => report.problems.push({ file: HEADERS_FILE, why }));
    if (directives.get('frame-ancestors')?.join(' ') !== "'none'") report.problems.push({ file: HEADERS_FILE, why: "frame-ancestors 不是 'none'" });
  }
  return report;
}
