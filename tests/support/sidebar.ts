/** A built page's sidebar: Starlight's main navigation, as the page's HTML has it (empty when there is none). */
export const sidebarOf = (html: string): string => /<nav[^>]*aria-label="主要"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
