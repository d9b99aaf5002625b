/**
 * A workaround for a per-page cost of Starlight 0.42: `useTranslations(lang)` makes a new
 * i18next `t()` for every page (Starlight's locals) and again for its table of contents, and
 * each call of it runs i18next's whole lookup, interpolation and nesting, though every page
 * asks for the same strings (at 10,000 entries about 0.15 ms a page, in a profile of the
 * build). This Vite plugin makes `useTranslations` give one `t()` per language, which keeps
 * each string it gives without options; a call with options (an interpolated label) is
 * looked up each time. Only in the build: in `astro dev` the translations may change while
 * the server runs. If Starlight's code changes so that the line is not found, the plugin
 * warns and leaves the file as it is (tests/unit/translations-once.test.ts).
 */
import type { Plugin } from 'vite';
import { modulePatch } from './module-patch';

export const TRANSLATIONS_MODULE = /@astrojs\/starlight\/dist\/utils\/translations\.js$/;
const SYSTEM_LINE = /^const useTranslations = (await createTranslationSystem\(.*\));$/m;

/** Added to Starlight's module (plain JavaScript). `kbTranslationsOnce(useTranslations)`: the same, one `t()` per language, keeping its strings. */
export const ONCE_CODE = `
function kbTranslationsOnce(useTranslations) {
  const byLang = new Map();
  return (lang) => {
    let once = byLang.get(lang);
    if (once) return once;
    const t = useTranslations(lang);
    const strings = new Map();
    once = (...args) => {
      const [key] = args;
      if (args.length !== 1 || typeof key !== 'string') return t(...args);
      let text = strings.get(key);
      if (text === undefined) strings.set(key, (text = t(key)));
      return text;
    };
    Object.assign(once, { all: t.all, exists: t.exists, dir: t.dir });
    byLang.set(lang, once);
    return once;
  };
}
`;

/** Starlight's module with `useTranslations` giving one `t()` per language; undefined if the line is not there. */
export function translateOnce(code: string): string | undefined {
  if (!SYSTEM_LINE.test(code)) return undefined;
  return code.replace(SYSTEM_LINE, 'const useTranslations = kbTranslationsOnce($1);') + ONCE_CODE;
}

export const translationsOnce = (): Plugin =>
  modulePatch({
    name: 'kb-translations-once',
    apply: 'build',
    module: TRANSLATIONS_MODULE,
    change: translateOnce,
    warning: 'Starlight’s utils/translations.js no longer has the line this workaround changes; its UI strings are looked up for every page again.',
  });
