/** When each file was last committed, read from git once per build. */
import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

function readGitLog(): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log = '';
  try {
    log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--no-renames'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates; // not a git checkout: pages simply show no date
  }
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = new Date(Number(line.slice(1)) * 1000);
    else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}

/** The date of the last commit touching `file` (relative to the repository root), if any. */
export function lastCommitDate(file: string): Date | undefined {
  cache ??= readGitLog();
  return cache.get(file);
}
