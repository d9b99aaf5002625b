/** The kinds of page a search can return, as the index labels them (shared by the build and the browser). */
export const PAGE_TYPES = {
  entry: '条目',
  plan: '规划与文件',
  term: '术语',
} as const;
