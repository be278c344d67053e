import { paths } from '@/lib/paths';

/** The site's navigation as data: each entry's path and the key of its label in locales/<locale>/shell.ts. */
export const NAV_ITEMS = [
  { href: paths.home(), label: 'dashboard' },
  { href: paths.charts(), label: 'charts' },
  { href: paths.data(), label: 'data' },
  { href: paths.sources(), label: 'sources' },
  { href: paths.present(), label: 'briefing' },
] as const satisfies readonly { href: string; label: 'dashboard' | 'charts' | 'data' | 'sources' | 'briefing' }[];

/** "/data/" and "/data" are the same page (the site uses trailing slashes). */
export function normalizePath(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? '/';
  return bare.length > 1 ? bare.replace(/\/+$/, '') : '/';
}

/** Whether a nav entry is the current page: the dashboard only at "/", the others on their subpaths too. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = normalizePath(pathname);
  const target = normalizePath(href);
  if (target === '/') return path === '/';
  return path === target || path.startsWith(`${target}/`);
}
