/** Measurements of a build and of its output. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './sites';

export interface BuildMeasure {
  seconds: number;
  /** Peak resident memory of the build's largest process, in MiB (GNU time), if measurable. */
  peakMiB?: number;
}

const GNU_TIME = '/usr/bin/time';

export function timedBuild(siteDir: string, outDir: string): BuildMeasure {
  const astro = [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const useTime = fs.existsSync(GNU_TIME);
  const cmd = useTime ? GNU_TIME : process.execPath;
  const args = useTime ? ['-f', 'KB_PEAK_KIB=%M', process.execPath, ...astro] : astro;
  const started = process.hrtime.bigint();
  const run = spawnSync(cmd, args, {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=16384' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`build of ${siteDir} failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  const peak = /KB_PEAK_KIB=(\d+)/.exec(run.stderr)?.[1];
  return { seconds, peakMiB: peak ? Number(peak) / 1024 : undefined };
}

export function dirBytes(dir: string): number {
  let total = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

export interface PageMeasure {
  htmlBytes: number;
  gzipBytes: number;
  /** Client JavaScript the page runs: its module scripts' files and inline scripts, in bytes. */
  jsBytes: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median over a sample of entry pages (the same ids in both sites). */
export function entryPages(outDir: string, ids: string[]): PageMeasure {
  const rows = ids.map((id) => {
    const html = fs.readFileSync(path.join(outDir, 'entries', id, 'index.html'));
    const text = html.toString('utf8');
    let js = 0;
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(?:ld\+)?json"/.test(m[1]!)) continue;
      const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
      if (src && src.startsWith('/')) js += fs.statSync(path.join(outDir, src)).size;
      else js += Buffer.byteLength(m[2]!);
    }
    return { htmlBytes: html.length, gzipBytes: zlib.gzipSync(html).length, jsBytes: js };
  });
  return {
    htmlBytes: median(rows.map((r) => r.htmlBytes)),
    gzipBytes: median(rows.map((r) => r.gzipBytes)),
    jsBytes: median(rows.map((r) => r.jsBytes)),
  };
}
