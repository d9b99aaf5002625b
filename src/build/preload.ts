/**
 * Module preloads for the built pages. A page's module scripts import shared chunks (the
 * search engine both search doors share, among others), which a browser finds only once
 * it has fetched and read the script that imports them: one round trip more before the
 * header search or the search page can run. A <link rel="modulepreload"> for each module a
 * page's scripts import statically (and those import in turn) lets the browser fetch them
 * all at once. Modules imported on demand (import()) are left to their moment.
 * Loaded by Node itself in the CSP step's worker threads (type stripping), hence the .ts in its imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { initSync, parse } from 'es-module-lexer';
import { attr, type ParsedPage } from './html.ts';

initSync();

/** The modules a built script imports statically, as site paths (relative specifiers resolved against it). */
export function staticImports(code: string, scriptPath: string): string[] {
  const [imports] = parse(code);
  return imports.filter((i) => i.d === -1 && i.n !== undefined && /^\.{0,2}\//.test(i.n)).map((i) => new URL(i.n!, `http://site${scriptPath}`).pathname);
}

/** The site's modules, each read once: which modules a script needs before it runs. */
export class ModuleGraph {
  private readonly imports = new Map<string, string[]>();
  private readonly dist: string;
  // (no parameter property: Node's type stripping, which runs this in the CSP workers, refuses them)
  constructor(dist: string) {
    this.dist = dist;
  }

  private importsOf(scriptPath: string): string[] {
    let found = this.imports.get(scriptPath);
    if (!found) {
      const file = path.join(this.dist, scriptPath);
      found = fs.existsSync(file) ? staticImports(fs.readFileSync(file, 'utf8'), scriptPath) : [];
      this.imports.set(scriptPath, found);
    }
    return found;
  }

  /** Every module the scripts import statically, directly or not, without the scripts themselves, in the order found. */
  needs(scripts: string[]): string[] {
    const seen = new Set(scripts);
    const needed: string[] = [];
    const visit = (script: string) => {
      for (const m of this.importsOf(script)) {
        if (seen.has(m)) continue;
        seen.add(m);
        needed.push(m);
        visit(m);
      }
    };
    scripts.forEach(visit);
    return needed;
  }
}

/** The page's own module scripts (by src, on this site). */
export function moduleScripts(page: ParsedPage): string[] {
  return page.elements.flatMap((el) => {
    const src = el.tagName === 'script' && attr(el, 'type') === 'module' ? attr(el, 'src') : undefined;
    return src?.startsWith('/') && !src.startsWith('//') ? [src] : [];
  });
}

/** The <link rel="modulepreload"> elements a page needs (none when its scripts import nothing). */
export function modulePreloads(page: ParsedPage, graph: ModuleGraph): string {
  return graph
    .needs(moduleScripts(page))
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
}
