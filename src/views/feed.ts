/**
 * The Atom feed (RFC 4287) of what is new or changed: entries and source reports, newest
 * first by their last commit, each with when it was added.
 */
import type { Kb } from '../kb/model';
import { sourceLabel, placeOf } from '../kb/place';
import { absoluteUrl, urls } from '../kb/urls';

export interface FeedItem {
  title: string;
  path: string;
  summary: string;
  categories: string[];
  published: Date;
  updated: Date;
}

/** How many items the feed lists: the newest; older ones are on the site. */
export const FEED_SIZE = 100;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Items of the feed from the knowledge base; `datesOf` gives a file's first and last commit (the build's time when not committed). */
export function feedItems(kb: Kb, datesOf: (file: string) => { published: Date; updated: Date }): FeedItem[] {
  const entries = kb.entries.map((e) => ({
    title: e.title,
    path: urls.entry(e.id),
    summary: e.text,
    categories: [sourceLabel(kb.source(e.source)), placeOf(kb, e).title],
    ...datesOf(e.file),
  }));
  const sources = kb.sources.map((s) => ({
    title: s.title,
    path: urls.source(s.id),
    summary: `来源报告：${sourceLabel(s)}，${s.publisher}。`,
    categories: ['来源报告'],
    ...datesOf(`content/sources/${s.id}.mdx`),
  }));
  return [...sources, ...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, FEED_SIZE);
}

export function atomFeed(items: FeedItem[], site: URL | string, title: string, built: Date): string {
  const home = absoluteUrl(site, urls.home());
  const updated = items.reduce((max, i) => (i.updated > max ? i.updated : max), items[0]?.updated ?? built);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escape(title)}：新增与更新</title>`,
    '  <subtitle>知识库中新增或改动的条目与来源报告，最新的在前。</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${escape(absoluteUrl(site, urls.feed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(home)}"/>`,
    `  <id>${escape(home)}</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escape(title)}</name></author>`,
    ...items.flatMap((i) => {
      const url = escape(absoluteUrl(site, i.path));
      return [
        '  <entry>',
        `    <title>${escape(i.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${url}"/>`,
        `    <id>${url}</id>`,
        `    <published>${i.published.toISOString()}</published>`,
        `    <updated>${i.updated.toISOString()}</updated>`,
        ...i.categories.map((c) => `    <category term="${escape(c)}"/>`),
        `    <summary type="text">${escape(i.summary)}</summary>`,
        '  </entry>',
      ];
    }),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
