import { z } from 'astro/zod';
import { slug, text, vocab } from './fields';
import { SYNONYM_KINDS } from './vocab';

/**
 * A group of words a reader may use for the same thing (户籍/户口, 就医/看病): search
 * widens a query with the other words of its group and says so (“也搜索了：…”).
 * Editorial: the groups are the editors', not the report's.
 */
export const synonymGroupSchema = z.object({
  /** Stable ASCII identifier, equal to the file name. */
  id: slug,
  /** The words, the site's own word first; at least one must occur in the site's text, and no word may stand in two groups. */
  words: z.array(text(2, 16)).min(2, { error: '至少两个词' }),
  /** How the words differ from the text's (日常说法, 简称 …). */
  kind: vocab(SYNONYM_KINDS),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
