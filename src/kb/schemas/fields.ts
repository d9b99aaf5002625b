import { z } from 'astro/zod';
import { keysOf } from './vocab';

// Zod's own messages (a missing number, a wrong type …) in Chinese, like ours.
z.config(z.locales.zhCN());

/** An ASCII slug: lower-case letters, digits and hyphens; used in URLs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" 不是合法的 ASCII 标识：只能用小写字母、数字和连字符（如 xt2023-transport-01）`,
  });

/** A closed vocabulary: the error names the bad value and lists what is allowed. */
export function vocab<T extends Record<string, string>>(values: T) {
  const keys = keysOf(values);
  return z.enum(keys, {
    error: (issue) =>
      `${issue.input === undefined ? '必填' : '不在取值表中'}；允许的取值：${keys
        .map((k) => `${k}（${values[k]}）`)
        .join('、')}`,
  });
}

/** Non-empty Chinese text of bounded length. */
export function text(min: number, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? '必填' : '必须是文本') })
    .trim()
    .min(min, { error: `至少 ${min} 个字` })
    .max(max, { error: `至多 ${max} 个字` });
}

/**
 * A draft (草稿): checked like all content, but not on the site until an editor has
 * reviewed it and removed `draft: true` (npm run import writes its drafts so). Default: published.
 */
export const draft = z.boolean({ error: 'draft 只能是 true 或 false' }).default(false);
