import { en, type Messages } from '@/locales/en';

export const LOCALES = { en: 'en' } as const;
export type Locale = (typeof LOCALES)[keyof typeof LOCALES];

const BY_LOCALE: Record<Locale, Messages> = { en };

/** The strings for a locale (English until other locales land). */
export function messages(locale: Locale = 'en'): Messages {
  return BY_LOCALE[locale];
}

/** Fills `{name}` placeholders: format('{count} members', { count: 6 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
