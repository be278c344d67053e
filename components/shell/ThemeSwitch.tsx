'use client';
/**
 * The theme menu in the header: System, Light, Dark, Projector. The choice is stored in
 * localStorage and applied as `data-theme` on <html>; the inline THEME_SCRIPT applies it again
 * before first paint on the next visit. With System, the theme follows the device as it changes.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { Menu } from '@/components/ui/Menu';
import { formatMessage, type CompiledMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { parseThemeChoice, resolveTheme, THEME_CHOICES, THEME_STORAGE_KEY, type ThemeChoice } from './theme';

export interface ThemeSwitchLabels {
  /** "Theme: {theme}": the button's accessible name (compiled by the server). */
  buttonWithCurrent: CompiledMessage;
  system: string;
  light: string;
  dark: string;
  projector: string;
  systemHint: string;
  projectorHint: string;
}

const CHANGE_EVENT = 'sco-atlas-theme-change';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function applyTheme(choice: ThemeChoice): void {
  const prefersDark = window.matchMedia(DARK_QUERY).matches;
  document.documentElement.setAttribute('data-theme', resolveTheme(choice, prefersDark));
}

function storeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the theme still applies for this page.
  }
  applyTheme(choice);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  const common = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {choice === 'light' ? (
        <g {...common}>
          <circle cx="10" cy="10" r="3.5" />
          <path d="M10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4" />
        </g>
      ) : choice === 'dark' ? (
        <path {...common} d="M16 12.5A6.5 6.5 0 0 1 7.5 4a6.5 6.5 0 1 0 8.5 8.5z" />
      ) : choice === 'projector' ? (
        <g {...common}>
          <rect x="2.5" y="3" width="15" height="10" rx="1" />
          <path d="M10 13v4M6.5 17h7" />
          <path d="M10 5.5v5M7.5 8h5" strokeWidth="2" />
        </g>
      ) : (
        <g {...common}>
          <circle cx="10" cy="10" r="7" />
          <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />
        </g>
      )}
    </svg>
  );
}

export function ThemeSwitch({ locale, labels }: { locale: SiteLocale; labels: ThemeSwitchLabels }) {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as ThemeChoice);

  // While following the device, follow it when it changes too.
  useEffect(() => {
    if (choice !== 'system') return undefined;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [choice]);

  const items = THEME_CHOICES.map((key) => ({
    key,
    label: labels[key],
    ...(key === 'system' && { description: labels.systemHint }),
    ...(key === 'projector' && { description: labels.projectorHint }),
  }));

  return (
    <Menu
      label={labels[choice]}
      buttonLabel={formatMessage(labels.buttonWithCurrent, LOCALE_TAGS[locale], { theme: labels[choice] })}
      icon={<ThemeIcon choice={choice} />}
      items={items}
      selectedKey={choice}
      align="end"
      onSelect={(key) => storeChoice(parseThemeChoice(key))}
    />
  );
}
