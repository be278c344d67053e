'use client';
/**
 * The header's languages: a link per language, each named in itself, to the same page in that
 * language. A plain link, so it works without JavaScript; with it, the link also carries the view
 * in the address bar (year, layers, focus, zoom, selection, chart options, slide, custom deck: all
 * in the query or anchor), read at the moment the reader points at it, focuses it or follows it.
 */
import { usePathname } from 'next/navigation';
import type { SyntheticEvent } from 'react';
import type { NameOutline } from '@/lib/fonts/languageNameFonts';
import { LOCALE_NAMES, LOCALE_TAGS, SITE_LOCALES, type SiteLocale } from '@/lib/messages/locales';
import { pathInLocale } from '@/lib/paths';
import styles from './LanguageSwitcher.module.css';

function withView(event: SyntheticEvent<HTMLAnchorElement>) {
  const link = event.currentTarget;
  const base = link.getAttribute('href')?.split(/[?#]/)[0] ?? '/';
  link.setAttribute('href', `${base}${window.location.search}${window.location.hash}`);
}

function drawnName(locale: SiteLocale, outline: NameOutline | undefined) {
  if (!outline) return LOCALE_NAMES[locale];
  return (
    // Named by its <title>, which the browser does not lay out: the link's text is the name all the same.
    <svg className={styles.drawn} viewBox={outline.viewBox} role="img">
      <title>{LOCALE_NAMES[locale]}</title>
      <path d={outline.d} />
    </svg>
  );
}

/** The not-found page is built at this path and served for any address that is no page. */
const NOT_FOUND_PATH = /^\/_not-found(\/|$)/;

/** The names in another script, drawn from the site's fonts (components/shell/languageNameOutlines.server.ts). */
export type DrawnNames = Partial<Record<SiteLocale, NameOutline>>;

/**
 * `homeOnly`: each language's home page (the not-found page has no other language). `drawn`: the
 * names this page's fonts lack, as outlines; the link is named by its text all the same.
 */
export function LanguageSwitcher({ current, label, drawn = {}, homeOnly = false }: { current: SiteLocale; label: string; drawn?: DrawnNames; homeOnly?: boolean }) {
  const pathname = usePathname() ?? '/';
  const target = homeOnly || NOT_FOUND_PATH.test(pathname) ? '/' : pathname;
  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul className={styles.list}>
        {SITE_LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={pathInLocale(target, locale)}
              lang={LOCALE_TAGS[locale]}
              hrefLang={LOCALE_TAGS[locale]}
              className={styles.link}
              aria-current={locale === current ? 'page' : undefined}
              onPointerEnter={homeOnly ? undefined : withView}
              onFocus={homeOnly ? undefined : withView}
              onClick={homeOnly ? undefined : withView}
            >
              {drawnName(locale, drawn[locale])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
