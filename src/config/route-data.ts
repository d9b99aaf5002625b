/**
 * Starlight route middleware: gives every page the sidebar made from the knowledge base
 * (src/config/sidebar.ts), opened at the page's own report, and the previous/next links
 * along it, so that they follow the content in `astro dev` as in the build. Pages that set
 * prev/next keep theirs.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getKbState } from '../load/astro';
import { buildSidebar, type NavItem } from './sidebar';
import { reportOfPage } from './page-report';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

const samePage = (a: string, b: string) => a.replace(/\/?$/, '/') === b.replace(/\/?$/, '/');

function toEntry(item: NavItem, current: string): SidebarEntry {
  if ('href' in item) return { type: 'link', label: item.label, href: item.href, isCurrent: samePage(item.href, current), badge: undefined, attrs: {} };
  const entries = item.items.map((i) => toEntry(i, current));
  return { type: 'group', label: item.label, entries, collapsed: false, badge: undefined };
}

function links(entries: SidebarEntry[]): SidebarLink[] {
  return entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
}

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { kb } = await getKbState();
  // Without a knowledge base the page shows the content errors instead (src/middleware.ts).
  if (!kb) return;
  route.sidebar = buildSidebar(kb, reportOfPage(kb, context.url.pathname)).map((item) => toEntry(item, context.url.pathname));
  const all = links(route.sidebar);
  const at = all.findIndex((l) => l.isCurrent);
  const { prev, next } = route.entry.data;
  if (prev === undefined) route.pagination.prev = at > 0 ? all[at - 1] : undefined;
  if (next === undefined) route.pagination.next = at >= 0 ? all[at + 1] : undefined;
});
