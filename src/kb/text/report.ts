/**
 * Reads a report as extracted from its printed layout (see shared/source/README.md):
 * an opening, keyword sections (关键词) whose items start with ★ or ●, ★抓… category
 * headings placed anywhere among the items, and a closing outlook after the last heading.
 * Lines are rejoined with nothing between them; nothing else is changed.
 */

export interface ReportItem {
  /** The keyword section it stands under. */
  section: string;
  /** Its place among all items, counting from 1. */
  order: number;
  /** Its text, lines rejoined, without its ★ or ● marker. */
  text: string;
  /** The marker it is printed with. */
  marker: '★' | '●';
}

/** One block of the report as printed, in order: a keyword section, a ★抓 heading, or an item. */
export type ReportBlock = { kind: 'section'; title: string } | { kind: 'heading'; title: string } | { kind: 'item'; order: number };

export interface ParsedReport {
  opening: string;
  outlook: string;
  sections: string[];
  /** The ★抓… headings, without ★, in the order they are printed. */
  headings: string[];
  items: ReportItem[];
  /** Sections, headings and items in the order they are printed (headings where the layout put them). */
  blocks: ReportBlock[];
}

const HEADING = /^★(抓\S+)$/;
const KEYWORD_MARK = '关键词';

/** Splits a line at every item marker, keeping the marker with what follows it. */
function splitAtMarkers(line: string): string[] {
  return line.split(/(?=[★●])/).filter((part) => part.trim() !== '');
}

export function parseReport(raw: string): ParsedReport {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const opening: string[] = [];
  const sections: string[] = [];
  const headings: string[] = [];
  const items: ReportItem[] = [];
  const blocks: ReportBlock[] = [];
  let phase: 'opening' | 'keyword' | 'body' = 'opening';
  let current: ReportItem | null = null;
  /** Text outside any item since the last heading: after the last one, the outlook. */
  let loose: string[] = [];

  for (const line of lines) {
    if (line === KEYWORD_MARK) {
      phase = 'keyword';
      current = null;
      continue;
    }
    if (phase === 'opening') {
      opening.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      headings.push(heading[1]!);
      blocks.push({ kind: 'heading', title: heading[1]! });
      current = null;
      loose = [];
      continue;
    }
    let rest = line;
    if (phase === 'keyword') {
      const [keyword, ...tail] = line.split(/\s+(?=[★●])|(?=[★●])/);
      sections.push(keyword!.trim());
      blocks.push({ kind: 'section', title: keyword!.trim() });
      phase = 'body';
      rest = tail.join('');
      if (!rest) continue;
    }
    for (const part of splitAtMarkers(rest)) {
      if (part.startsWith('★') || part.startsWith('●')) {
        current = { section: sections.at(-1)!, order: items.length + 1, text: part.slice(1).trim(), marker: part[0] as '★' | '●' };
        items.push(current);
        blocks.push({ kind: 'item', order: current.order });
      } else if (current) {
        current.text += part;
      } else {
        loose.push(part);
      }
    }
  }
  return { opening: opening.join(''), outlook: loose.join(''), sections, headings, items, blocks };
}

/** Applies an entry's recorded repairs, each once and in order, to the source text. */
export function applyRepairs(text: string, repairs: { before: string; after: string }[]): string {
  let out = text;
  for (const r of repairs) {
    const at = out.indexOf(r.before);
    if (at < 0) throw new Error(`repair not applicable: ${JSON.stringify(r.before)} not found`);
    out = out.slice(0, at) + r.after + out.slice(at + r.before.length);
  }
  return out;
}

/** What a repair may change: spaces and the punctuation that extraction garbles. */
const MENDABLE = /[\s，；;。、《》〈〉<>]/g;

/** A text's wording: what no repair may change (spaces and garbled punctuation left out). */
export function wordingOf(text: string): string {
  return text.replace(MENDABLE, '');
}
