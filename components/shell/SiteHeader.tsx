/** The header on every page: the product name (home link), the main navigation, the languages and the theme menu. */
import Link from '@/components/ui/Link';
import { messages, type Locale } from '@/lib/i18n';
import { compileMessage } from '@/lib/messages/compile.server';
import { paths } from '@/lib/paths';
import { LanguageSuggestion } from './LanguageSuggestion';
import { nameOutlinesFor } from './languageNameOutlines.server';
import { LanguageSwitcher } from './LanguageSwitcher';
import { navItems } from './nav';
import { NavLinks } from './NavLinks';
import styles from './SiteHeader.module.css';
import { ThemeSwitch } from './ThemeSwitch';

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--color-accent, #1d4f91)" />
      <g fill="none" stroke="var(--color-on-accent, #fff)" strokeWidth="1.8">
        <circle cx="16" cy="16" r="9.5" />
        <ellipse cx="16" cy="16" rx="4.2" ry="9.5" />
        <path d="M6.5 16h19" />
      </g>
      <circle cx="21.5" cy="11.5" r="2.6" fill="var(--status-observer, #e69f00)" stroke="var(--color-accent, #1d4f91)" strokeWidth="1.2" />
    </svg>
  );
}

export function SiteHeader({ locale, notFound = false }: { locale: Locale; notFound?: boolean }) {
  const t = messages(locale).shell;
  const suggestions = { en: messages('en').shell.language, ru: messages('ru').shell.language, zh: messages('zh').shell.language };
  const links = navItems(locale).map((item) => ({ href: item.href, label: t.nav[item.label] }));
  const { buttonWithCurrent, system, light, dark, projector, systemHint, projectorHint } = t.theme;
  const themeLabels = { buttonWithCurrent: compileMessage(buttonWithCurrent), system, light, dark, projector, systemHint, projectorHint };
  return (
    <header className={styles.header} data-print="hide">
      <LanguageSuggestion current={locale} words={suggestions} />
      <div className={styles.inner}>
        <Link href={paths.home({ locale })} className={styles.brand}>
          <LogoMark className={styles.logo} />
          <span>{t.productName}</span>
        </Link>
        <NavLinks label={t.nav.label} links={links} />
        <div className={styles.tools}>
          <LanguageSwitcher current={locale} label={t.language.label} drawn={nameOutlinesFor(locale)} homeOnly={notFound} />
          <ThemeSwitch locale={locale} labels={themeLabels} />
        </div>
      </div>
    </header>
  );
}
