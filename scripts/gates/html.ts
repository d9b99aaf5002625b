/**
 * Gate: HTML validity, checked by the W3C Nu validator (vnu-jar, run with the machine's
 * Java) over every built page. One message is allowed, and only this one: Starlight puts
 * aria-hidden on two inline scripts on purpose, to work around a Safari/VoiceOver bug
 * (see SidebarPersister.astro in @astrojs/starlight).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

export const ALLOWED = ['The “aria-hidden” attribute must not be specified on the “script” element.'];

export interface HtmlReport {
  errors: { file: string; message: string }[];
  allowed: number;
}

export function checkHtml(dist: string): HtmlReport {
  const jar = createRequire(import.meta.url).resolve('vnu-jar');
  const run = spawnSync('java', ['-jar', path.join(path.dirname(jar), 'build/dist/vnu.jar'), '--errors-only', '--format', 'json', '--skip-non-html', dist], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Java is needed for the HTML check (apt-get install -y default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url?: string; message: string; type: string }[] };
  const report: HtmlReport = { errors: [], allowed: 0 };
  for (const m of messages) {
    if (ALLOWED.includes(m.message)) report.allowed++;
    else report.errors.push({ file: (m.url ?? '').replace(/^file:.*?\/(?=[^/]+\/|[^/]+$)/, ''), message: m.message });
  }
  return report;
}
