/**
 * The map's data (siteMapData, its names and dates in English) in a language: state names from
 * `stateName`, each event's month in the locale, the size keys' numbers in the locale's digits.
 * Record text (event, place and source names) stays as written. States are in the order of their
 * names in the locale's collation (the list view's, the arrow keys'). Pure; run at build time for
 * each language's file (app/[lang]/map-data.json), so the browser never builds the
 * Intl.DisplayNames and collator it needs (~150 ms on a throttled phone).
 */
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import { stateName } from '@/lib/messages/stateNames';
import { formatNumber } from '@/lib/format';
import { monthOf } from './mapLabels';
import type { MapData, MapSizeKey } from './types';

function sizeKey(key: MapSizeKey, locale: SiteLocale): MapSizeKey {
  return { ...key, items: key.items.map((item) => ({ ...item, label: formatNumber(item.value, locale) })) };
}

export function localizeMapData(data: MapData, locale: SiteLocale): MapData {
  if (locale === 'en') return data;
  const collator = new Intl.Collator(LOCALE_TAGS[locale]);
  return {
    ...data,
    states: data.states
      .map((s) => ({ ...s, name: stateName(s.id, s.name, locale), aliases: [s.name, ...(s.aliases ?? [])] }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    names: Object.fromEntries(Object.entries(data.names).map(([id, name]) => [id, stateName(id, name, locale)])),
    exercises: data.exercises.map((e) => ({ ...e, month: monthOf(e.start, locale) })),
    incidents: data.incidents.map((i) => ({ ...i, month: monthOf(i.start, locale) })),
    sizeKeys: { troops: sizeKey(data.sizeKeys.troops, locale), casualties: sizeKey(data.sizeKeys.casualties, locale) },
  };
}
