import type { APIRoute } from 'astro';
import { getKb } from '../load/astro';
import { firstCommitDate, lastCommitDate, newestCommitDate } from '../build/git-dates';
import { SITE_TITLE } from '../config/site.mjs';
import { atomFeed, feedItems } from '../views/feed';

export const GET: APIRoute = async ({ site }) => {
  // files not committed yet take the newest commit's date (not the clock), so that a build is reproducible
  const built = newestCommitDate() ?? new Date(0);
  const items = feedItems(await getKb(), (file) => ({ published: firstCommitDate(file) ?? built, updated: lastCommitDate(file) ?? built }));
  return new Response(atomFeed(items, site!, SITE_TITLE, built), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
