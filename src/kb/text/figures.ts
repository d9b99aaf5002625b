/** Figures a text states: a number followed by a unit (项目 counts, 亿元 amounts …), outside 《titles》, years aside. */

/** The units a figure is counted in, longest first where one begins another. */
export const FIGURE_UNITS = ['大项', '项', '个', '条', '笔', '处', '亩', '年', '亿元', '万元'] as const;

export interface StatedFigure {
  value: number;
  unit: string;
  /** The number and its unit as the text writes them. */
  text: string;
}

const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)(${FIGURE_UNITS.join('|')})`, 'g');
const YEAR = /^(?:19|20)\d\d$/;

export function statedFigures(text: string): StatedFigure[] {
  const outsideTitles = text.replace(/《[^《》]*》/g, '');
  return [...outsideTitles.matchAll(FIGURE)]
    .filter((m) => !YEAR.test(m[1]!))
    .map((m) => ({ value: Number(m[1]), unit: m[2]!, text: m[0] }));
}
