import { z } from 'astro/zod';
import { draft, slug, text, vocab } from './fields';
import { PLAN_LEVELS, PROVENANCE } from './vocab';

/**
 * A plan or document (规划与文件) named in 《》 in a report. The entries that name it
 * are computed from the entries' `plans` fields, never listed here.
 */
export const planSchema = z.object({
  /** Stable ASCII identifier, equal to the file name; the URL is /plans/<id>/. */
  id: slug,
  /** The full title without 《》, as the text writes it (a nested title keeps its 〈〉). */
  title: text(4, 80),
  /** Other spellings of the title found in the sources (e.g. with stray spaces). Default: none. */
  variants: z.array(z.string()).default([]),
  /** The level of the issuing or drafting body. */
  level: vocab(PLAN_LEVELS),
  /** Whether the level is stated by the text (省级层面, 省发改委 …) or inferred by the editors. */
  levelProvenance: vocab(PROVENANCE),
  /** Xiangtan's role in the words of the text (编制, 出台, 配合实施 …); each must occur in a text naming the plan. */
  roles: z.array(text(2, 8)).min(1, { error: '至少写一个角色（原文用语，如 编制、出台）' }),
  /** The period the plan covers, as written in its title (2022—2026年). Default: none. */
  period: z.string().regex(/^\d{4}(—\d{4})?年$/, { error: '时期写作 2022—2026年 或 2022年' }).optional(),
  /** A draft, not on the site until reviewed (see fields.ts). */
  draft,
});

export type PlanData = z.infer<typeof planSchema>;
