import { z } from 'astro/zod';
import { draft, slug, text, vocab } from './fields';
import { PASSAGE_KINDS, PROVENANCE } from './vocab';
import { repairSchema } from './entry';
import { ID_PREFIX } from '../ids';

/** A source report; every entry names the one it comes from. */
export const sourceSchema = z.object({
  /** Stable ASCII identifier, equal to the file name. */
  id: slug,
  /** The report's title (编者拟定 where the source has none). */
  title: text(4, 60),
  /** Who issued it. */
  publisher: text(2, 40),
  /** The city whose work it reports. */
  city: text(2, 10),
  /** The year it was published. */
  year: z.number().int().min(2000).max(2100),
  /** Whether the title is the source's own or the editors'. */
  titleProvenance: vocab(PROVENANCE),
  /** The prefix of its entries' ids: the city's short name and the year (xt2023); every entry id is <prefix>-<category or section>-<NN>. */
  idPrefix: z.string().regex(new RegExp(`^${ID_PREFIX.source}$`), { error: '写作城市简称加年份，如 xt2023、cs2024' }),
  /** What kind of document it is (工作报告、政府工作报告 …). */
  documentKind: text(2, 20),
  /** Where it was published, if known (a journal, a website …). Default: none. */
  publishedIn: text(2, 60).optional(),
  /** The address of the original publication, if it is online. Default: none. */
  url: z.url({ error: '须为完整网址（以 http:// 或 https:// 开头）' }).optional(),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

/** A section (栏目): one of the report's keywords. The MDX body is an editorial introduction. */
export const sectionSchema = z.object({
  /** Stable ASCII identifier, equal to the file name; the URL is /sections/<id>/. */
  id: slug,
  /** The keyword as the source writes it (凝聚共识 …). */
  title: text(2, 12),
  /** The report it belongs to. */
  source: slug,
  /** Its place in the report, counting from 1. */
  order: z.number().int().positive(),
  /** One sentence for cards and search results (editorial). */
  summary: text(8, 80),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

/** A category (类别): one 抓… heading of a section. The MDX body is an editorial introduction. */
export const categorySchema = z.object({
  /** Stable ASCII identifier, equal to the file name; the URL is /categories/<id>/. */
  id: slug,
  /** The heading as the source writes it, without its ★ (抓规划体系统一构建 …). */
  title: text(3, 16),
  /** The section it belongs to. */
  section: slug,
  /** Its place among the section's categories, counting from 1. */
  order: z.number().int().positive(),
  /** One sentence for cards and search results (editorial). */
  summary: text(8, 80),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

/** A passage of a report that is not an item: its opening or its closing outlook, verbatim in the body. */
export const passageSchema = z.object({
  /** Stable ASCII identifier, equal to the file name. */
  id: slug,
  /** A title written by the editors. */
  title: text(2, 30),
  /** Which part of the report it is. */
  kind: vocab(PASSAGE_KINDS),
  /** The report it comes from. */
  source: slug,
  /** Plans and documents it names: ids of the `plans` collection. Default: none. */
  plans: z.array(slug).default([]),
  /** Repairs of extraction artifacts. Default: none. */
  repairs: z.array(repairSchema).default([]),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

export type SourceData = z.infer<typeof sourceSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type CategoryData = z.infer<typeof categorySchema>;
export type PassageData = z.infer<typeof passageSchema>;
