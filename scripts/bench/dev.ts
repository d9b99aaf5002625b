/**
 * `npm run dev` on a site: seconds from starting the dev server to the first entry page
 * served, and from an edit of that entry's file (its title) to the page showing it.
 */
import fs from 'node:fs';
import { startDev, type DevServer } from '../support/dev-server';

export interface DevMeasure {
  /** From `astro dev` started to the entry page answered with 200 (server start, content sync, first render). */
  firstPageSeconds: number;
  /** From the entry's file saved with a new title to the page showing it. */
  editSeconds: number;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Waits until `check` holds; `what` says what was awaited, with the server's log as it is then. */
async function poll(check: () => Promise<boolean>, timeoutSeconds: number, what: () => string): Promise<void> {
  const since = process.hrtime.bigint();
  while (!(await check().catch(() => false))) {
    if (seconds(since) > timeoutSeconds) throw new Error(`${what()}: not within ${timeoutSeconds} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts `astro dev` in `siteDir`, opens /entries/<id>/, then edits the entry's title in `entryFile`. */
export async function measureDev(siteDir: string, entryId: string, entryFile: string): Promise<DevMeasure> {
  const started = process.hrtime.bigint();
  const original = fs.readFileSync(entryFile, 'utf8');
  let dev: DevServer | undefined;
  try {
    dev = await startDev(siteDir, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, 600_000);
    const page = `${dev.url}/entries/${entryId}/`;
    await poll(async () => (await fetch(page)).status === 200, 600, () => `first page ${page}\n${dev!.log().slice(-2000)}`);
    const firstPageSeconds = seconds(started);
    const marker = '（已改）';
    const edited = original.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title}${marker}`);
    if (edited === original) throw new Error(`no title line in ${entryFile}`);
    const saved = process.hrtime.bigint();
    fs.writeFileSync(entryFile, edited);
    await poll(async () => (await (await fetch(page)).text()).includes(marker), 120, () => `edit of ${entryFile} shown\n${dev!.log().slice(-2000)}`);
    return { firstPageSeconds, editSeconds: seconds(saved) };
  } finally {
    fs.writeFileSync(entryFile, original);
    await dev?.stop();
  }
}
