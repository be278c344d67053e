/**
 * A state's name in the reader's language: the datasets' own English name, else the name
 * `Intl.DisplayNames` gives (CLDR), except where the SCO's own usage in that language differs:
 * those are curated below, each with its reason. Pure.
 */
import { ISO_ALPHA2 } from '@/data/iso3';
import type { SiteLocale } from './locales';
import { LOCALE_TAGS } from './locales';

type Iso3 = keyof typeof ISO_ALPHA2;

/** Where CLDR's short name is not the one SCO documents in that language use. */
const CURATED: Readonly<Partial<Record<SiteLocale, Partial<Record<Iso3, string>>>>> = {
  ru: {
    // CLDR: "Киргизия" (colloquial Russian). SCO documents in Russian name the state "Кыргызская
    // Республика" (e.g. the communiqué of the SCO heads of government, Tashkent, 2 November 2019);
    // its short form is Кыргызстан.
    KGZ: 'Кыргызстан',
    // CLDR: "ОАЭ", an abbreviation; the English name the atlas uses is the full one.
    ARE: 'Объединённые Арабские Эмираты',
    // CLDR: "Мьянма (Бирма)", a variant with the former name; the state's name is Мьянма.
    MMR: 'Мьянма',
  },
  zh: {
    // CLDR: "蒙古"; China's foreign ministry names the state 蒙古国 (蒙古 alone is also a region).
    MNG: '蒙古国',
  },
};

const displayNames = new Map<string, Intl.DisplayNames>();

function regionName(tag: string, alpha2: string): string | undefined {
  let names = displayNames.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
    displayNames.set(tag, names);
  }
  return names.of(alpha2);
}

/** The name of the state `iso3` in `locale`; `english` (the datasets' name) in English or when no other is known. */
export function stateName(iso3: string, english: string, locale: SiteLocale): string {
  if (locale === 'en' || !(iso3 in ISO_ALPHA2)) return english;
  const code = iso3 as Iso3;
  return CURATED[locale]?.[code] ?? regionName(LOCALE_TAGS[locale], ISO_ALPHA2[code]) ?? english;
}
