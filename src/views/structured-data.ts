/** schema.org JSON-LD for entry pages (with breadcrumbs) and for the open-data page. */
import { SITE_TITLE } from '../config/site.mjs';
import type { EntryView, Kb } from '../kb/model';
import { entryTrail } from '../kb/place';
import { absoluteUrl, urls } from '../kb/urls';

type Json = Record<string, unknown>;

export function entryJsonLd(kb: Kb, e: EntryView, site: URL, updated?: Date): Json[] {
  const source = kb.source(e.source);
  const trail = [
    { name: SITE_TITLE, path: urls.home() },
    ...entryTrail(kb, e).map((t) => ({ name: t.label, path: t.href })),
    { name: e.title, path: urls.entry(e.id) },
  ];
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': absoluteUrl(site, urls.entry(e.id)),
      url: absoluteUrl(site, urls.entry(e.id)),
      name: e.title,
      text: e.text,
      inLanguage: 'zh-CN',
      ...(updated ? { dateModified: updated.toISOString() } : {}),
      keywords: e.termIds.map((t) => kb.term(t).term),
      isPartOf: {
        '@type': 'Report',
        name: source.title,
        datePublished: String(source.year),
        publisher: { '@type': 'GovernmentOrganization', name: source.publisher },
      },
      mentions: e.plans.map((p) => ({ '@type': 'CreativeWork', name: kb.plan(p).title, url: absoluteUrl(site, urls.plan(p)) })),
      spatialCoverage: e.places.map((name) => ({ '@type': 'Place', name })),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: absoluteUrl(site, t.path) })),
    },
  ];
}

export interface Download {
  name: string;
  path: string;
  format: string;
  description: string;
}

export function datasetJsonLd(kb: Kb, site: URL, downloads: Download[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${SITE_TITLE}：条目、规划与文件和数据`,
    description: `湘潭市推进长株潭一体化发展工作报告的结构化数据：${kb.entries.length} 个条目（原文与编者标注）、${kb.plans.length} 份规划与文件、原文所述数据。`,
    url: absoluteUrl(site, urls.data()),
    inLanguage: 'zh-CN',
    isBasedOn: kb.sources.map((s) => ({ '@type': 'Report', name: s.title, publisher: { '@type': 'GovernmentOrganization', name: s.publisher } })),
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      encodingFormat: d.format,
      contentUrl: absoluteUrl(site, d.path),
      description: d.description,
    })),
  };
}

/** A <script type="application/ld+json"> for Starlight's `head`, safe inside HTML. */
export function jsonLdHead(data: Json | Json[]) {
  return {
    tag: 'script' as const,
    attrs: { type: 'application/ld+json' },
    content: JSON.stringify(data).replace(/</g, '\\u003c'),
  };
}
