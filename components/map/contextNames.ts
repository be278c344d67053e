/**
 * The names of the countries around the states of the data (the map's context shapes, named in
 * English by the geometry, world-atlas): in the page's language from `Intl.DisplayNames`, by way
 * of the English name's ISO alpha-2 code. Places without a code of their own (Somaliland,
 * Northern Cyprus, the Siachen Glacier) keep the geometry's English name, which the caller marks
 * as English. Pure; the lookup is built on first use (a tooltip), never while the page loads.
 */
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';

/** world-atlas's short forms that are not CLDR's English names. */
const GEOMETRY_NAMES: Readonly<Record<string, string>> = {
  'United States of America': 'US',
  Turkey: 'TR',
  'S. Sudan': 'SS',
  Macedonia: 'MK',
  Palestine: 'PS',
  Åland: 'AX',
  'Faeroe Is.': 'FO',
  'Hong Kong': 'HK',
  Myanmar: 'MM',
  'Bosnia and Herz.': 'BA',
};

let codeByEnglish: Map<string, string> | undefined;

function codeOf(english: string): string | undefined {
  if (!codeByEnglish) {
    codeByEnglish = new Map(Object.entries(GEOMETRY_NAMES));
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name && name !== code && !codeByEnglish.has(name)) codeByEnglish.set(name, code);
      }
    }
  }
  return codeByEnglish.get(english);
}

/** A context country's name in `locale`, and whether it is still the English one. */
export function contextCountryName(english: string, locale: SiteLocale): { name: string; english: boolean } {
  if (locale === 'en') return { name: english, english: true };
  const code = codeOf(english);
  const name = code ? new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region', fallback: 'none' }).of(code) : undefined;
  return name ? { name, english: false } : { name: english, english: true };
}
