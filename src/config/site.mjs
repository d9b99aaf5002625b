// @ts-check
/** The site title, shown in the header and in every page title. */
export const SITE_TITLE = '湘潭·长株潭一体化知识库';

/** Used when SITE_URL is unset: the local preview server of `npm start`. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The public base URL (for canonical links, the sitemap and citations),
 * taken from the SITE_URL environment variable.
 * @param {Record<string, string | undefined>} env
 */
export function siteUrl(env) {
  const raw = env.SITE_URL?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  const url = new URL(raw); // throws on a malformed value, naming it
  return url.href.replace(/\/$/, '');
}
