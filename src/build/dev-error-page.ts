/**
 * The page `astro dev` shows instead of any page while the content has mistakes: every
 * message, in Chinese. It loads Vite's client, so that it reloads itself when a file is
 * saved, as Astro's pages do: a fix shows without a reload by hand.
 */
import { formatError, type ContentError } from '../kb/rules';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function devErrorPage(errors: ContentError[]): string {
  const items = errors.map((e) => `<li><code>${escape(e.file)}</code><br>${escape(formatError(e).slice(e.file.length + 1))}</li>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>内容有误（${errors.length} 处）</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.7 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#222}h1{color:#b00020;font-size:1.4rem}li{margin:.8rem 0}code{background:#f3f3f3;padding:0 .3em}</style></head>
<body>
<h1>内容校验失败（${errors.length} 处）</h1>
<p>改正下列文件并保存，本页即自动刷新。构建（<code>npm run build</code>）和测试（<code>npm test</code>）报告的是同样的错误。</p>
<ol>
${items}
</ol>
</body>
</html>`;
}
