/**
 * The words the map puts on things: accessible names of state shapes and markers, and the lines
 * of their tooltips. Pure (strings from the locale, dates and numbers from lib/format).
 */
import type { StateStatus } from '@/data/schema';
import { isAreaPoint } from '@/lib/coordPrecision';
import { formatCount, formatDateRange, formatNumber, formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { casualtiesShortText } from '@/lib/casualties';
import { troopRange } from './mapModel';
import type { MapEventInfo, MapExerciseInfo, MapPlace } from './types';

const t = () => messages().map;

/** "August 2007": an event's start at month precision (or year, if that is all we know). */
export function monthOf(date: string): string {
  return formatPartialDate(date.slice(0, 7));
}

export function countryName(code: string | undefined, names: Readonly<Record<string, string>>): string | undefined {
  return code === undefined ? undefined : (names[code] ?? code);
}

/** "Peace Mission 2007, Chebarkul, Russia, August 2007" (the event's `month`, formatted by the
 * server). No country where the data names none (a disputed border site is not assigned to
 * either side). */
export function eventMarkerName(event: MapEventInfo, place: MapPlace, names: Readonly<Record<string, string>>): string {
  const country = countryName(place.country, names);
  const values = { event: event.name, place: place.name, date: event.month };
  return country ? format(t().marker.name, { ...values, country }) : format(t().marker.nameNoCountry, values);
}

/** "Kyrgyzstan, member" / "India, no SCO status": a state shape's accessible name. The year is
 * left to the map's own label, so a year step renames only the states whose status changed. */
export function stateShapeName(stateName: string, status: StateStatus | undefined): string {
  return status ? format(t().shapeName, { state: stateName, status: t().statusInline[status] }) : format(t().shapeNameNone, { state: stateName });
}

/** "Kyrgyzstan: Member in 2017" / "India: no SCO status in 2001". */
export function stateStatusInYear(stateName: string, status: StateStatus | undefined, year: number): string {
  return status
    ? format(t().stateStatusInYear, { state: stateName, status: t().status[status], year })
    : format(t().stateStatusNoneInYear, { state: stateName, year });
}

export function troopsText(e: MapExerciseInfo): string {
  const range = troopRange(e);
  if (!range) return t().marker.troopsUnknown;
  const [min, max] = range;
  const only = e.troops.length === 1 ? e.troops[0] : undefined;
  if (only) return format(t().marker.troops, { troops: formatCount(only.value, only.qualifier, only.max) });
  if (min === max) return format(t().marker.troops, { troops: formatNumber(min) });
  return format(t().marker.troopsRange, { min: formatNumber(min), max: formatNumber(max) });
}

/** A state's tooltip: its name, its status in the year and its capital. */
export function stateTooltip(stateName: string, capital: string, status: StateStatus | undefined, year: number): TooltipContent {
  const m = t();
  return {
    title: stateName,
    lines: [status ? format(m.statusInYear, { status: m.status[status], year }) : format(m.noStatusInYear, { year }), format(m.capitalOf, { capital })],
  };
}

/** A country outside the data: only its name and that it has no SCO status. */
export function contextTooltip(name: string): TooltipContent {
  return { title: name, lines: [t().status.none] };
}

export interface TooltipContent {
  title: string;
  lines: string[];
  /** Set for a point that stands for its district or region: "placed at: <basis>". */
  approximate?: string;
}

export function eventTooltip(
  event: MapEventInfo,
  place: MapPlace,
  names: Readonly<Record<string, string>>,
  groupSize: number,
): TooltipContent {
  const m = t();
  const country = countryName(place.country, names);
  const lines = [
    formatDateRange(event.start, event.end),
    [place.name, country].filter(Boolean).join(', ') + (place.role ? ` (${place.role})` : ''),
    event.type === 'exercise' ? `${m.kinds[event.kind]} · ${troopsText(event)}` : casualtiesShortText(event, names),
  ];
  if (groupSize > 1) lines.push(format(m.marker.groupOf, { count: groupSize }));
  return {
    title: event.name,
    lines,
    ...(isAreaPoint(place.precision) ? { approximate: format(m.marker.approximate, { basis: place.basis }) } : {}),
  };
}
