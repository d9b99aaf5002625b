/**
 * Times in the build's own log lines, written as Astro and Pagefind write theirs: the time of
 * day before a line ("09:35:53 [kb] …"), durations in seconds ("0.21s"). npm run bench reads
 * the durations back (scripts/bench/measure.ts), so every step that states one writes it here.
 * Loaded by Node itself too (scripts/support/search-index.mjs), so it imports nothing.
 */

/** The time of day, hh:mm:ss, as Astro's logger begins its lines. */
export const timeOfDay = (): string => new Date().toTimeString().slice(0, 8);

/** Writes a line of the build's own log, after the time of day. */
export const logLine = (line: string): void => console.log(`${timeOfDay()} ${line}`);

/** A duration in milliseconds, as seconds ("1.83s"). */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)}s`;

/** The seconds since a time of performance.now(). */
export const secondsSince = (started: number): string => seconds(performance.now() - started);
