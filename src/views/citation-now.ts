/** A citation as the reader copies it: the address they are on, and today's date. */
import { ACCESS_DATE_PLACEHOLDER } from './citation';

/** The access date in GB/T 7714 form: 2026-11-29, in the reader's own time zone. */
export function accessDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The citation with the site's address replaced by the one the reader is on, and the placeholder by today's date. */
export function citedNow(citation: string, builtUrl: string, here: string, now: Date): string {
  return citation.replace(`[${ACCESS_DATE_PLACEHOLDER}]`, `[${accessDate(now)}]`).split(builtUrl).join(here);
}
