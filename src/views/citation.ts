/**
 * Citations in the style of GB/T 7714—2015 for an electronic resource:
 * 主要责任者. 题名[EB/OL]. 出版者, 出版年(更新日期)[引用日期]. 获取和访问路径.
 */
export interface Citable {
  /** Who is responsible for the content (the report's publisher). */
  author: string;
  title: string;
  /** The site that publishes it. */
  site: string;
  /** The year of the source report. */
  year: number;
  /** When the page was last updated, if known. */
  updated?: Date;
  url: string;
  /** The page's text, for the abstract of a reference manager's record. Default: none. */
  abstract?: string;
  /** Keywords (its category, kind …). Default: none. */
  keywords?: string[];
}

/** The placeholder for the date the reader accessed the page, to be filled in by them. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function gbt7714(c: Citable): string {
  const updated = c.updated ? `(${isoDate(c.updated)})` : '';
  return `${c.author}. ${c.title}[EB/OL]. ${c.site}, ${c.year}${updated}[${ACCESS_DATE_PLACEHOLDER}]. ${c.url}.`;
}

/** A RIS record (Zotero, EndNote, NoteExpress): an electronic source. */
export function ris(c: Citable): string {
  const lines = [
    ['TY', 'ELEC'],
    ['TI', c.title],
    ['AU', c.author],
    ['PY', String(c.year)],
    ['PB', c.site],
    ['UR', c.url],
    ...(c.updated ? [['DA', isoDate(c.updated).replaceAll('-', '/')]] : []),
    ['LA', 'zh'],
    ...(c.abstract ? [['AB', c.abstract]] : []),
    ...(c.keywords ?? []).map((k) => ['KW', k]),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

/** Braces and backslashes would end a BibTeX value early. */
const bib = (s: string) => s.replace(/[{}\\]/g, '');

/** A BibTeX (biblatex @online) record; the key is the page's id. */
export function bibtex(c: Citable, key: string): string {
  const fields = [
    ['author', `{${bib(c.author)}}`],
    ['title', bib(c.title)],
    ['organization', bib(c.site)],
    ['year', String(c.year)],
    ['url', c.url],
    ...(c.updated ? [['date', isoDate(c.updated)]] : []),
    ['langid', 'chinese'],
    ...(c.abstract ? [['abstract', bib(c.abstract)]] : []),
    ...(c.keywords?.length ? [['keywords', bib(c.keywords.join(', '))]] : []),
  ];
  return `@online{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}
