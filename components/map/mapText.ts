/**
 * The map's words as its code uses them: the compiled messages the page sent (mapMessages.server.ts)
 * with the locale, a formatter, state names in the locale and the locale's collation. Pure and
 * safe in the browser (no catalogue, no ICU parser); made once per page (MapTextContext.tsx) and
 * handed to the pure modules (mapLabels.ts, mapExport.ts, lib/casualtyStatements.ts).
 */
import type { CasualtyWords } from '@/lib/casualtyStatements';
import { formatMessage, type CompiledMessage, type MessageValues } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { stateName } from '@/lib/messages/stateNames';
import type { MapMessages } from './mapMessages.server';

export interface MapText extends CasualtyWords {
  locale: SiteLocale;
  /** The BCP 47 tag for Intl and `lang` ('zh-Hans'). */
  tag: string;
  /** The map's messages (locales/<locale>/map.ts), compiled. */
  m: MapMessages['map'];
  /** The other messages the map shows (see mapMessages.server.ts). */
  extra: Omit<MapMessages, 'map' | 'locale'>;
  /** A message with its arguments, in the locale. */
  t(message: CompiledMessage, values?: MessageValues): string;
  /** A state's name in the locale, from its ISO alpha-3 and the data's English name. */
  state(iso3: string, english: string): string;
  /** Compares names in the locale's order. */
  compare(a: string, b: string): number;
  /** A list joined as the locale joins one: "a, b and c", "a、b和c" (Intl.ListFormat). */
  and(items: readonly string[]): string;
  /** An enumeration without a conjunction: "a, b, c", "a、b、c". */
  enumerate(items: readonly string[]): string;
  /** `lang` for record text (names, summaries: English) on this page: undefined on an English page. */
  recordLang: 'en' | undefined;
}

export function mapText(messages: MapMessages): MapText {
  const { locale, map, ...extra } = messages;
  const tag = LOCALE_TAGS[locale];
  // Built when first used, not while the page hydrates.
  let collator: Intl.Collator | undefined;
  let conjunction: Intl.ListFormat | undefined;
  const separator = locale === 'zh' ? '、' : ', ';
  return {
    locale,
    tag,
    m: map,
    marker: map.marker,
    extra,
    t: (message, values) => formatMessage(message, tag, values),
    state: (iso3, english) => stateName(iso3, english, locale),
    compare: (a, b) => (collator ??= new Intl.Collator(tag)).compare(a, b),
    // British English, as lib/format writes dates: "a, b and c", without the serial comma.
    and: (items) => (conjunction ??= new Intl.ListFormat(locale === 'en' ? 'en-GB' : tag, { type: 'conjunction', style: 'long' })).format(items),
    enumerate: (items) => items.join(separator),
    recordLang: locale === 'en' ? undefined : 'en',
  };
}
