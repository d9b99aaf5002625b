/**
 * The workaround that gives one Starlight `t()` per language still finds its line in the
 * installed Starlight; that `t()` gives the same strings, looking each up once, and looks up
 * calls with options each time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { expect, test } from 'vitest';
import { ONCE_CODE, translateOnce } from '../../src/build/translations-once';
import { ROOT } from '../../scripts/support/root';

test('the installed Starlight has the line, and the changed module is valid JavaScript', () => {
  const code = fs.readFileSync(path.join(ROOT, 'node_modules/@astrojs/starlight/dist/utils/translations.js'), 'utf8');
  const changed = translateOnce(code);
  expect(changed).toBeDefined();
  expect(changed).toContain('const useTranslations = kbTranslationsOnce(await createTranslationSystem(');
  expect(() => transformSync(changed!, { format: 'esm', loader: 'js' })).not.toThrow();
});

test('another module is left alone', () => {
  expect(translateOnce('export const x = 1;')).toBeUndefined();
});

type Translate = ((...args: unknown[]) => string) & { all: () => object; exists: () => boolean; dir: () => string };

/** Starlight's useTranslations stand-in: a new t() for each call, each counting its lookups. */
function system() {
  const lookups: unknown[][] = [];
  const useTranslations = (lang: string | undefined) =>
    Object.assign(
      (...args: unknown[]) => {
        lookups.push(args);
        const [key, options] = args as [string, Record<string, string> | undefined];
        return options ? `${lang}:${key}:${Object.values(options).join(',')}` : `${lang}:${key}`;
      },
      { all: () => ({ lang }), exists: () => true, dir: () => 'ltr' },
    );
  const once = new Function(`${ONCE_CODE}\nreturn kbTranslationsOnce;`)() as (u: typeof useTranslations) => (lang: string | undefined) => Translate;
  return { useTranslations: once(useTranslations), lookups };
}

test('one t() per language, each string looked up once and the same', () => {
  const { useTranslations, lookups } = system();
  const t = useTranslations('zh-CN');
  expect(useTranslations('zh-CN')).toBe(t);
  expect(t('search.label')).toBe('zh-CN:search.label');
  expect(useTranslations('zh-CN')('search.label')).toBe('zh-CN:search.label');
  expect(lookups).toHaveLength(1);
  expect(useTranslations('en')('search.label')).toBe('en:search.label');
  expect(lookups).toHaveLength(2);
});

test('a call with options is looked up each time; all(), exists() and dir() are kept', () => {
  const { useTranslations, lookups } = system();
  const t = useTranslations('zh-CN');
  expect(t('heading.anchorLabel', { title: '概览' })).toBe('zh-CN:heading.anchorLabel:概览');
  expect(t('heading.anchorLabel', { title: '附录' })).toBe('zh-CN:heading.anchorLabel:附录');
  expect(lookups).toHaveLength(2);
  expect(t.all()).toEqual({ lang: 'zh-CN' });
  expect(t.dir()).toBe('ltr');
  expect(t.exists()).toBe(true);
});
