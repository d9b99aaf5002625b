import { z } from 'astro/zod';
import { slug, text, vocab } from './fields';
import { PROVENANCE } from './vocab';

/** A named group inside a term's definition (the six 融 of 六融三抓 …). */
export const termPartSchema = z.object({
  /** The group's name as the text writes it (六融). */
  label: text(1, 10),
  /** Its members as the text lists them. */
  items: z.array(text(2, 20)).min(1),
});

/** A glossary term (术语). Entries that use it are found in their text, never listed by hand. */
export const termSchema = z.object({
  /** Stable ASCII identifier, equal to the file name; the URL is /glossary/<id>/. */
  id: slug,
  /** The term as the text writes it. */
  term: text(2, 20),
  /** Other forms of the term that count as a use of it. Default: none. */
  aliases: z.array(text(2, 20)).default([]),
  /** A one-sentence definition. */
  definition: text(4, 200),
  /** Whether the definition is the text's own words or written by the editors. */
  definitionProvenance: vocab(PROVENANCE),
  /** Groups inside the definition, as the text gives them. Default: none. */
  parts: z.array(termPartSchema).default([]),
});

export type TermData = z.infer<typeof termSchema>;
