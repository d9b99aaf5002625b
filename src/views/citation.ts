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
}

/** The placeholder for the date the reader accessed the page, to be filled in by them. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export function gbt7714(c: Citable): string {
  const updated = c.updated ? `(${isoDate(c.updated)})` : '';
  return `${c.author}. ${c.title}[EB/OL]. ${c.site}, ${c.year}${updated}[${ACCESS_DATE_PLACEHOLDER}]. ${c.url}.`;
}
