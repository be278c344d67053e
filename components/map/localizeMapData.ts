/**
 * The map's data (MAP_DATA_URL, one file for every language, its names and dates in English) in
 * the page's language: state names from `stateName`, each event's month in the locale, the size
 * keys' numbers in the locale's digits. Record text (event, place and source names) stays as
 * written. States are in the order of their names in the locale's collation (the list view's,
 * the arrow keys'). Pure; done once per data and locale (useMapData).
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

const cache = new WeakMap<MapData, Map<SiteLocale, MapData>>();

/** localizeMapData, once per data and locale. */
export function localizedMapData(data: MapData, locale: SiteLocale): MapData {
  let byLocale = cache.get(data);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(data, byLocale);
  }
  let out = byLocale.get(locale);
  if (!out) {
    out = localizeMapData(data, locale);
    byLocale.set(locale, out);
  }
  return out;
}
