/**
 * The words the map puts on things: accessible names of state shapes and markers, and the lines
 * of their tooltips. Pure: the words come from the page's compiled messages (MapText), dates and
 * numbers from lib/format in the page's locale.
 */
import type { StateStatus } from '@/data/schema';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatCount, formatDateRange, formatNumber, formatPartialDate } from '@/lib/format';
import { casualtiesShortText } from '@/lib/casualtyStatements';
import type { SiteLocale } from '@/lib/messages/locales';
import { contextCountryName } from './contextNames';
import { troopRange } from './mapModel';
import type { MapText } from './mapText';
import type { MapEventInfo, MapExerciseInfo, MapPlace } from './types';

/** "August 2007": an event's start at month precision (or year, if that is all we know). */
export function monthOf(date: string, locale: SiteLocale): string {
  return formatPartialDate(date.slice(0, 7), locale);
}

export function countryName(code: string | undefined, names: Readonly<Record<string, string>>): string | undefined {
  return code === undefined ? undefined : (names[code] ?? code);
}

/** "Peace Mission 2007, Chebarkul, Russia, August 2007" (the event's `month`). No country where
 * the data names none (a disputed border site is not assigned to either side). */
export function eventMarkerName(text: MapText, event: MapEventInfo, place: MapPlace, names: Readonly<Record<string, string>>): string {
  const { m, t } = text;
  const country = countryName(place.country, names);
  const values = { event: event.name, place: place.name, date: event.month };
  return country ? t(m.marker.name, { ...values, country }) : t(m.marker.nameNoCountry, values);
}

/** "Kyrgyzstan, member" / "India, no SCO status": a state shape's accessible name. The year is
 * left to the map's own label, so a year step renames only the states whose status changed. */
export function stateShapeName(text: MapText, stateName: string, status: StateStatus | undefined): string {
  const { m, t } = text;
  return status ? t(m.shapeName, { state: stateName, status: t(m.statusInline[status]) }) : t(m.shapeNameNone, { state: stateName });
}

/** "Kyrgyzstan: Member in 2017" / "India: no SCO status in 2001". */
export function stateStatusInYear(text: MapText, stateName: string, status: StateStatus | undefined, year: number): string {
  const { m, t } = text;
  return status ? t(m.stateStatusInYear, { state: stateName, status: t(m.status[status]), year }) : t(m.stateStatusNoneInYear, { state: stateName, year });
}

export function troopsText(text: MapText, e: MapExerciseInfo): string {
  const { m, t, locale } = text;
  const range = troopRange(e);
  if (!range) return t(m.marker.troopsUnknown);
  const [min, max] = range;
  const only = e.troops.length === 1 ? e.troops[0] : undefined;
  if (only) return t(m.marker.troops, { troops: formatCount(only.value, only.qualifier, only.max, locale) });
  if (min === max) return t(m.marker.troops, { troops: formatNumber(min, locale) });
  return t(m.marker.troopsRange, { min: formatNumber(min, locale), max: formatNumber(max, locale) });
}

/** A state's tooltip: its name, its status in the year and its capital. */
export function stateTooltip(text: MapText, stateName: string, capital: string, status: StateStatus | undefined, year: number): TooltipContent {
  const { m, t } = text;
  return {
    title: stateName,
    lines: [status ? t(m.statusInYear, { status: t(m.status[status]), year }) : t(m.noStatusInYear, { year }), t(m.capitalOf, { capital })],
  };
}

/** A country outside the data: only its name and that it has no SCO status. */
export function contextTooltip(text: MapText, englishName: string): TooltipContent {
  const { name, english } = contextCountryName(englishName, text.locale);
  return { title: name, lines: [text.t(text.m.status.none)], ...(english && text.recordLang ? { titleLang: text.recordLang } : {}) };
}

export interface TooltipContent {
  title: string;
  lines: string[];
  /** Set for a point that stands for its district or region: "placed at: <basis>". */
  approximate?: string;
  /** `lang` of the title where it is record text (an event's English name on a Russian page). */
  titleLang?: string;
}

export function eventTooltip(text: MapText, event: MapEventInfo, place: MapPlace, names: Readonly<Record<string, string>>, groupSize: number): TooltipContent {
  const { m, t, locale } = text;
  const country = countryName(place.country, names);
  const where = country ? t(m.marker.placeInCountry, { place: place.name, country }) : place.name;
  const lines = [
    formatDateRange(event.start, event.end, locale),
    place.role ? t(m.marker.placeWithRole, { place: where, role: place.role }) : where,
    event.type === 'exercise' ? t(m.marker.kindAndTroops, { kind: t(m.kinds[event.kind]), troops: troopsText(text, event) }) : casualtiesShortText(text, event, names),
  ];
  if (groupSize > 1) lines.push(t(m.marker.groupOf, { count: groupSize }));
  return {
    title: event.name,
    lines,
    ...(isAreaPoint(place.precision) ? { approximate: t(m.marker.approximate, { basis: place.basis }) } : {}),
    ...(text.recordLang ? { titleLang: text.recordLang } : {}),
  };
}
