/**
 * The other names people type for a state in "Find a state": its ISO alpha-2 code, current and
 * former official or common names and abbreviations, and its names in Russian and Chinese (from
 * `Intl.DisplayNames`, the SCO's working languages). Built on the server; the search ships only
 * the folded words.
 */
import { ISO_ALPHA2 } from '@/data/iso3';

/** Names and abbreviations besides the one the data uses, as readers meet them in the news. */
const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  CHN: ['PRC', 'People’s Republic of China'],
  RUS: ['Russian Federation'],
  KGZ: ['Kyrgyz Republic', 'Kirghizia'],
  TUR: ['Türkiye', 'Turkey'],
  MMR: ['Burma'],
  ARE: ['UAE', 'Emirates'],
  LAO: ['Lao PDR', 'Lao People’s Democratic Republic'],
  IRN: ['Islamic Republic of Iran', 'Persia'],
  SAU: ['KSA'],
  BLR: ['Belorussia', 'Byelorussia'],
  LKA: ['Ceylon'],
  KHM: ['Kampuchea'],
};

const displayNames = (locale: string) => new Intl.DisplayNames([locale], { type: 'region' });

/** Every other name of a state (ISO alpha-3), for matching only. */
export function stateAliases(iso3: string): string[] {
  const iso2 = ISO_ALPHA2[iso3 as keyof typeof ISO_ALPHA2] as string | undefined;
  const names = [...(OTHER_NAMES[iso3] ?? [])];
  if (iso2) {
    names.push(iso2);
    for (const locale of ['en', 'ru', 'zh']) {
      const name = displayNames(locale).of(iso2);
      if (name && name !== iso2) names.push(name);
    }
  }
  return [...new Set(names)];
}
