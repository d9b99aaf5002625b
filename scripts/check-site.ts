/**
 * npm run check:site [dist] — the quality gates on a built site: internal links and
 * anchors, offline-safety, security basics (CSP, no inline handlers), and HTML validity
 * (html-validate, and the W3C Nu validator). Prints each gate's figures; exits 1 on any failure.
 * (Accessibility runs in Chromium: npm run test:e2e.)
 */
import path from 'node:path';
import { checkHtml } from './gates/html';
import { checkHtmlValidate, STANDARD } from './gates/html-validate';
import { checkLinks, describeBroken } from './gates/links';
import { sitePages } from '../src/config/site-pages';
import { checkOffline } from './gates/offline';
import { checkSecurity } from './gates/security';

const dist = path.resolve(process.argv[2] ?? 'dist');
let failed = false;

const links = checkLinks(dist, sitePages());
console.log(`链接检查：${links.pages} 个页面，${links.links} 个站内链接，${links.broken.length} 个失效`);
for (const b of links.broken) console.log(`  - ${describeBroken(b)}`);
failed ||= links.broken.length > 0;

const offline = checkOffline(dist);
console.log(`离线检查：${offline.files} 个 HTML/CSS/JS 文件，${offline.loads.length} 处从其他主机加载`);
for (const l of offline.loads) console.log(`  - ${l.file}：${l.url}`);
failed ||= offline.loads.length > 0;

const security = checkSecurity(dist);
console.log(`安全检查：${security.pages} 个页面，${security.inline} 处内联脚本与样式按散列列入 CSP，${security.problems.length} 个问题`);
for (const p of security.problems) console.log(`  - ${p.file}：${p.why}`);
failed ||= security.problems.length > 0;

const standard = checkHtmlValidate(dist, STANDARD, []);
console.log(`HTML 检查（html-validate，standard 规则）：${standard.pages} 个页面，${standard.errors.length} 个错误，无例外`);
const lint = checkHtmlValidate(dist);
console.log(`HTML 检查（html-validate，recommended 规则）：${lint.pages} 个页面，${lint.errors.length} 个错误（另有 ${lint.allowed} 处 Starlight 自身标记的已知提示，已列为例外，见 scripts/gates/html-validate.ts）`);
for (const e of [...standard.errors, ...lint.errors]) console.log(`  - ${e.file}:${e.line} ${e.element}：${e.message}（${e.rule}）`);
failed ||= standard.errors.length + lint.errors.length > 0;

const html = checkHtml(dist);
console.log(`HTML 检查（W3C Nu 验证器）：${html.errors.length} 个错误（另有 ${html.allowed} 处 Starlight 有意为之的 script aria-hidden，已列为例外）`);
for (const e of html.errors) console.log(`  - ${e.file}：${e.message}`);
failed ||= html.errors.length > 0;

process.exitCode = failed ? 1 : 0;
