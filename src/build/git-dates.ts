/** When each file was first and last committed, read from git once per build. */
import { execFileSync } from 'node:child_process';

interface FileDates {
  first: Date;
  last: Date;
}

let cache: Map<string, FileDates> | undefined;

function readGitLog(): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
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
  // newest commit first: the first date seen is the last change, the last one seen the first commit
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = new Date(Number(line.slice(1)) * 1000);
    else if (line && current) {
      const known = dates.get(line);
      if (known) known.first = current;
      else dates.set(line, { first: current, last: current });
    }
  }
  return dates;
}

/** The date of the last commit touching `file` (relative to the repository root), if any. */
export function lastCommitDate(file: string): Date | undefined {
  cache ??= readGitLog();
  return cache.get(file)?.last;
}

/** The date of the first commit of `file`: when it was added. */
export function firstCommitDate(file: string): Date | undefined {
  cache ??= readGitLog();
  return cache.get(file)?.first;
}

/** The newest commit of the repository: the date of files not committed yet, so that builds stay reproducible. */
export function newestCommitDate(): Date | undefined {
  cache ??= readGitLog();
  let newest: Date | undefined;
  for (const { last } of cache.values()) if (!newest || last > newest) newest = last;
  return newest;
}
