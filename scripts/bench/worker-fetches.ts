/**
 * What reading five fragments from a Web Worker costs, as a later search does right after
 * Pagefind's search returns (src/search/worker/prefetch-fragments.ts), and how much the
 * bench's browser driver adds to it. A page starts a worker that, round after round, calls
 * `fetch` for five small files at once and waits for all of them; reported: the median time
 * of the five calls themselves and until all five are back. Measured twice on the same page:
 * driven by Playwright (as `npm run bench` drives its searches, with its network events on)
 * and by a bare DevTools connection that only navigates and reads the page (no network events).
 * A timeline recorded with Chromium's tracing showed the five calls taking 8 ms in the worker;
 * this shows what they take without it (PERFORMANCE.md, “Pagefind：每次搜索的用时”).
 *
 * Usage: npx tsx scripts/bench/worker-fetches.ts [--rounds 40] [--turns 3]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, launch } from '../support/chromium';
import { serveStaticApart } from '../support/static-server-process';
import { median } from './stats';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' }, turns: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);
const FETCHES = 5;
/** About a fragment's size at 100,000 entries. */
const FILE_BYTES = 600;

/** The test page: its worker reads FETCHES files a round, each round new ones (nothing cached). */
const PAGE = `<!doctype html><meta charset="utf-8"><title>worker fetches</title><pre id="out">waiting</pre>
<script>
const worker = new Worker(URL.createObjectURL(new Blob([\`
self.onmessage = async ({ data: { origin, rounds, fetches } }) => {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const reads = [];
    for (let i = 0; i < fetches; i++) reads.push(fetch(origin + '/f/' + (r * fetches + i) + '.bin').then((res) => res.arrayBuffer()));
    const called = performance.now();
    await Promise.all(reads);
    times.push([called - started, performance.now() - started]);
    await new Promise((done) => setTimeout(done, 50));
  }
  postMessage(times);
};\`], { type: 'text/javascript' })));
worker.onmessage = ({ data }) => { document.getElementById('out').textContent = JSON.stringify(data); };
setTimeout(() => worker.postMessage({ origin: location.origin, rounds: ${rounds}, fetches: ${FETCHES} }), 300);
</script>`;

function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-fetches-'));
  fs.mkdirSync(path.join(dir, 'f'));
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  for (let i = 0; i < rounds * FETCHES; i++) fs.writeFileSync(path.join(dir, 'f', `${i}.bin`), randomBytes(FILE_BYTES));
  return dir;
}

async function viaPlaywright(url: string): Promise<string> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.getElementById('out')!.textContent !== 'waiting', undefined, { timeout: 120_000 });
    return (await page.textContent('#out'))!;
  } finally {
    await browser.close();
  }
}

async function viaBareDevTools(url: string): Promise<string> {
  const port = 9300 + Math.floor(Math.random() * 600);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'worker-fetches-profile-'));
  const chromium = spawn(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    let target: { webSocketDebuggerUrl: string } | undefined;
    for (let i = 0; i < 200 && !target; i++) {
      await new Promise((done) => setTimeout(done, 100));
      target = await fetch(`http://127.0.0.1:${port}/json`)
        .then((r) => r.json() as Promise<{ type: string; webSocketDebuggerUrl: string }[]>)
        .then((list) => list.find((t) => t.type === 'page'))
        .catch(() => undefined);
    }
    if (!target) throw new Error('Chromium did not open its DevTools port');
    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((open) => socket.addEventListener('open', open, { once: true }));
    const answers = new Map<number, (result: { result?: { value?: string } }) => void>();
    socket.addEventListener('message', (m) => {
      const { id, result } = JSON.parse(String(m.data));
      answers.get(id)?.(result);
    });
    let id = 0;
    const send = (method: string, params: object) =>
      new Promise<{ result?: { value?: string } }>((answer) => {
        answers.set(++id, answer);
        socket.send(JSON.stringify({ id, method, params }));
      });
    await send('Page.navigate', { url });
    for (let i = 0; i < 1200; i++) {
      await new Promise((done) => setTimeout(done, 100));
      const text = (await send('Runtime.evaluate', { expression: "document.getElementById('out')?.textContent ?? ''", returnByValue: true })).result?.value;
      if (text && text !== 'waiting') {
        socket.close();
        return text;
      }
    }
    throw new Error('the test page did not finish');
  } finally {
    // Chromium writes into its profile until it has exited: remove the profile only then.
    const exited = chromium.exitCode !== null || chromium.signalCode !== null ? Promise.resolve() : new Promise((done) => chromium.once('exit', done));
    chromium.kill();
    await exited;
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const summary = (json: string) => {
  const times = JSON.parse(json) as [number, number][];
  return `${FETCHES} calls ${median(times.map((t) => t[0])).toFixed(2)} ms, all back ${median(times.map((t) => t[1])).toFixed(2)} ms`;
};

const dir = site();
const server = await serveStaticApart(dir);
try {
  console.log(`${FETCHES} fetches a round from a worker, ${FILE_BYTES}-byte files, median of ${rounds} rounds:`);
  for (let turn = 1; turn <= Number(values.turns); turn++) {
    console.log(`  turn ${turn}, Playwright:         ${summary(await viaPlaywright(`${server.url}/index.html`))}`);
    console.log(`  turn ${turn}, bare DevTools link: ${summary(await viaBareDevTools(`${server.url}/index.html`))}`);
  }
} finally {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
