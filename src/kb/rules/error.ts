/** A mistake an editor made, in their words: the file, the field, the bad value, and what to do. */
export interface ContentError {
  /** Path relative to the repository root (content/entries/…/x.mdx). */
  file: string;
  /** The frontmatter field (figures[0].text), or 正文 for the body; none for the file as a whole. */
  field?: string;
  /** The value that is wrong; none when the field is missing. */
  value?: unknown;
  /** What is wrong, what is allowed and what to do. */
  message: string;
}

/** One line: `file：字段 f 的值 "v" 有误：message`, or `file：字段 f：message` for a missing value. */
export function formatError(e: ContentError): string {
  if (e.field === undefined) return `${e.file}：${e.message}`;
  if (e.value === undefined) return `${e.file}：字段 ${e.field}：${e.message}`;
  return `${e.file}：字段 ${e.field} 的值 ${JSON.stringify(e.value)} 有误：${e.message}`;
}

/** Every error, one per line, under a heading with their number (the build's and the dev page's text). */
export function formatErrors(errors: ContentError[]): string {
  return `内容校验失败（${errors.length} 处）：\n` + errors.map((e) => '  - ' + formatError(e)).join('\n');
}

/** Values as the messages list them: 甲、乙、丙, or （无）. */
export function list(values: Iterable<string>): string {
  const all = [...values];
  return all.length ? all.join('、') : '（无）';
}

/** The error of a content check, thrown by the build with every mistake at once. */
export class ContentErrors extends Error {
  constructor(readonly contentErrors: ContentError[]) {
    super(formatErrors(contentErrors));
    this.name = 'ContentErrors';
  }
}
