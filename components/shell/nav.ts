import type { Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';

export type NavKey = 'dashboard' | 'charts' | 'data' | 'sources' | 'briefing';

export interface NavItem {
  href: string;
  label: NavKey;
}

/** The site's navigation as data, in a locale: each entry's path and the key of its label in locales/<locale>/shell.ts. */
export function navItems(locale: Locale): readonly NavItem[] {
  return [
    { href: paths.home({ locale }), label: 'dashboard' },
    { href: paths.charts({ locale }), label: 'charts' },
    { href: paths.data({ locale }), label: 'data' },
    { href: paths.sources({ locale }), label: 'sources' },
    { href: paths.present({ locale }), label: 'briefing' },
  ];
}

/** "/data/" and "/data" are the same page (the site uses trailing slashes). */
export function normalizePath(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? '/';
  return bare.length > 1 ? bare.replace(/\/+$/, '') : '/';
}

/**
 * Whether a nav entry is the current page: a home page (`/`, `/ru/`) only at itself, the others
 * on their subpaths too.
 */
export function isCurrent(href: string, pathname: string): boolean {
  const path = normalizePath(pathname);
  const target = normalizePath(href);
  const isHome = target === '/' || /^\/[a-z]{2}$/.test(target);
  if (isHome) return path === target;
  return path === target || path.startsWith(`${target}/`);
}
