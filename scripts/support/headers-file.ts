/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages: a path pattern,
 * then indented `Name: value` lines) and gives the headers for a path, so that the test
 * server sends what those hosts would.
 */
export type HeaderRules = { pattern: string; headers: [string, string][] }[];

export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers：无法理解这一行：${line}`);
    rule.headers.push([m[1]!.trim(), m[2]!.trim()]);
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

export function headersFor(rules: HeaderRules, urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.pattern, urlPath)) for (const [name, value] of rule.headers) out[name] = value;
  return out;
}
