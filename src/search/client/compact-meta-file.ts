/**
 * The file name of Pagefind's metadata in its compact form (compact-meta.ts), apart from
 * that module: the page names the file before any search (hand-files.ts) and should not
 * load the code that reads it with its own scripts.
 */

/** The compact form's file name beside Pagefind's metadata file (`pagefind.<hash>.pf_meta`). */
export const compactMetaFile = (metaFile: string): string => metaFile.replace(/\.pf_meta$/, '.kb_meta');
