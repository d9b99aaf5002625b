import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { entrySchema } from './kb/schemas/entry';
import { planSchema } from './kb/schemas/plan';
import { termSchema } from './kb/schemas/term';
import { categorySchema, passageSchema, sectionSchema, sourceSchema } from './kb/schemas/taxonomy';
import { COLLECTION_DIRS } from './kb/registry';

/** MDX files of one folder under content/; files starting with _ are ignored. */
function mdx(base: string) {
  return glob({ pattern: '**/[^_]*.mdx', base: `./${base}` });
}

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({
    loader: glob({ pattern: '**/[^_]*.json', base: './content/i18n' }),
    schema: i18nSchema(),
  }),
  sources: defineCollection({ loader: mdx(COLLECTION_DIRS.sources), schema: sourceSchema }),
  sections: defineCollection({ loader: mdx(COLLECTION_DIRS.sections), schema: sectionSchema }),
  categories: defineCollection({ loader: mdx(COLLECTION_DIRS.categories), schema: categorySchema }),
  entries: defineCollection({ loader: mdx(COLLECTION_DIRS.entries), schema: entrySchema }),
  passages: defineCollection({ loader: mdx(COLLECTION_DIRS.passages), schema: passageSchema }),
  plans: defineCollection({ loader: mdx(COLLECTION_DIRS.plans), schema: planSchema }),
  terms: defineCollection({ loader: mdx(COLLECTION_DIRS.terms), schema: termSchema }),
};
