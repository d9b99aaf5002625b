import { z } from 'astro/zod';
import { draft, slug, text, vocab } from './fields';
import { CITIES, KINDS, STATUSES } from './vocab';

/** A figure stated in an entry's text. */
export const figureSchema = z.object({
  /** The number, as a plain decimal (160.6 for 160.6亿元). */
  value: z.number({ error: 'value 必须是数字' }),
  /** Its unit as the text writes it (个, 亿元, 万元, 亩, 笔 …). */
  unit: text(1, 6),
  /** What it counts, in a few words (签约金额, 金融产品 …). */
  counts: text(2, 20),
  /** The exact words of the entry's text that state it (e.g. 160.6亿元); must occur in the body. */
  text: text(1, 30),
});

/** One repair of an extraction artifact, applied to the source text to give the body. */
export const repairSchema = z.object({
  /** The characters as the extracted source has them. */
  before: z.string().min(1),
  /** What the entry's body has instead. */
  after: z.string(),
  /** Why this is an artifact of extraction, not wording. */
  why: text(4, 80),
});

/**
 * An entry (条目): one item of a report, verbatim in the MDX body.
 * Cross-references (source, section, category, plans) are checked against their
 * collections by `checkIntegrity`, which names the file, field, value and what is allowed.
 */
export const entrySchema = z.object({
  /** Stable ASCII identifier, equal to the file name; the URL is /entries/<id>/. */
  id: slug,
  /** A short title written by the editors (编者拟题), not part of the source. */
  title: text(2, 30),
  /** The report it comes from: an id of the `sources` collection. */
  source: slug,
  /** The section (栏目) it belongs to: an id of the `sections` collection. */
  section: slug,
  /** The 抓 category: required in a section that has categories, forbidden elsewhere. */
  category: slug.optional(),
  /** The kind of work (closed vocabulary). */
  kind: vocab(KINDS),
  /** How far it had got, as the text states it (closed vocabulary). */
  status: vocab(STATUSES),
  /** The words of the text that state the status (e.g. 通车试运行); must occur in the body. */
  statusWords: text(1, 12),
  /** Cities involved; at least one. */
  cities: z.array(vocab(CITIES)).min(1, { error: '至少要有一个城市' }),
  /** Organisations named in the text. Default: none. */
  orgs: z.array(text(2, 40)).default([]),
  /** Places named in the text. Default: none. */
  places: z.array(text(2, 40)).default([]),
  /** Plans and documents it names: ids of the `plans` collection. Default: none. */
  plans: z.array(slug).default([]),
  /** Figures it states. Default: none. */
  figures: z.array(figureSchema).default([]),
  /** Abbreviations and synonyms a researcher may search for (searchable, not shown as text). Default: none. */
  aliases: z.array(text(2, 30)).default([]),
  /** Its place in the source report, counting from 1. */
  order: z.number().int().positive(),
  /** Repairs of extraction artifacts made to the source text. Default: none. */
  repairs: z.array(repairSchema).default([]),
  /** The entry of an earlier report that this one continues (the same project, a year on). Default: none. */
  continues: slug.optional(),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

export type EntryData = z.infer<typeof entrySchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Repair = z.infer<typeof repairSchema>;
