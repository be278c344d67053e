/**
 * The words of a map slide for one year: title, subtitle and source line are the map export's
 * frame (`mapFrameSpec`, the same function the Export menu draws), and the speaker notes list the
 * statuses of that year (the map's own `statusesInYear`, judged as the legend judges them), the
 * status changes, the exercises and incidents that began in it (with the marker's troop and
 * casualty wording), what is contested about them and by whom, and their sources. In the deck's
 * language: state names as the atlas names them in it (stateName), dates and lists by Intl; event
 * names stay as the data write them. Pure.
 */
import { buildSourceLine } from '@/components/frame/frameWords';
import type { ContestedFigure } from '@/lib/citations';
import { casualtiesText } from '@/lib/casualties';
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { stateName } from '@/lib/messages/stateNames';
import { mapFrameSpec } from '@/components/map/mapExport';
import { troopsText } from '@/components/map/mapLabels';
import { serverMapText } from '@/components/map/serverMapText.server';
import { eventsUpTo, exercisesShown, legendCounts, STATUS_ORDER, statusesInYear, yearOf } from '@/components/map/mapModel';
import type { MapData } from '@/components/map/types';
import { ALL_KINDS, ALL_LAYERS } from '@/components/map/urlState';
import type { Source } from '@/data/schema';
import type { SlideText } from '../slideText';
import { contestedAbout, contestedNotes, itemList, nameList, noteSources, SEED_SOURCE_ID, SLIDE_SOURCE_LINE_MAX } from './noteSources';

/** The legend's "As on 31 December 2017." / "As of 10 March 2026, …" for a year. */
export function judgedText(data: MapData, year: number, locale: Locale): string {
  const t = messages(locale).map.legend;
  return year >= yearOf(data.asOfDate) ? format(t.judgedAsOf, { date: formatPartialDate(data.asOfDate, locale) }, locale) : format(t.judgedOnYearEnd, { year }, locale);
}

export function mapSlideText(data: MapData, year: number, contested: readonly ContestedFigure[], sources: readonly Source[], locale: Locale): Omit<SlideText, 'asOfText'> {
  const t = messages(locale).present.map;
  const m = messages(locale).map;
  const name = (s: { id: string; name: string }) => stateName(s.id, s.name, locale);
  const tag = LOCALE_TAGS[locale];
  // Names in the order the deck's language sorts them (Казахстан before Китай; 中国 by its pinyin).
  const collator = new Intl.Collator(tag);
  const monthText = (date: string) => formatPartialDate(date.slice(0, 7), locale);
  const statuses = statusesInYear(data.states, year, data.asOf);
  const counts = legendCounts(data.states, year, data.asOf);
  const spec = mapFrameSpec({
    data,
    year,
    layers: ALL_LAYERS,
    kinds: ALL_KINDS,
    counts,
    statuses,
    exercises: exercisesShown(data.exercises, year, ALL_KINDS),
    incidents: eventsUpTo(data.incidents, year),
    judgedText: judgedText(data, year, locale),
  }, serverMapText(locale));

  const figures: string[] = [];
  for (const status of STATUS_ORDER) {
    const names = data.states
      .filter((s) => statuses.get(s.id) === status)
      .map(name)
      .sort(collator.compare);
    if (names.length > 0) figures.push(format(t.members, { status: m.statusPlural[status], year, count: names.length, names: nameList(names, locale) }, locale));
  }

  const changed = data.states.flatMap((s) =>
    s.statusHistory.filter((p) => yearOf(p.from) === year).map((p) => ({ state: s, text: format(t.change, { name: name(s), status: m.status[p.status], date: formatPartialDate(p.from, locale) }, locale) })),
  );
  if (changed.length > 0) figures.push(format(t.changed, { year, changes: itemList(changed.map((c) => c.text), locale) }, locale));

  const exercises = data.exercises.filter((e) => yearOf(e.start) === year);
  figures.push(
    exercises.length === 0
      ? format(t.exercisesNone, { year }, locale)
      : format(
          t.exercises,
          {
            year,
            count: exercises.length,
            items: itemList(
              exercises.map((e) => format(t.exercise, { name: e.name, month: monthText(e.start), kind: m.kinds[e.kind].toLocaleLowerCase(tag), troops: troopsText(serverMapText(locale), e) }, locale)),
              locale,
            ),
          },
          locale,
        ),
  );
  const incidents = data.incidents.filter((i) => yearOf(i.start) === year);
  if (incidents.length > 0) {
    const items = incidents.map((i) => format(t.incident, { name: i.name, month: monthText(i.start), casualties: casualtiesText(i, data.names, locale) }, locale));
    figures.push(format(t.incidents, { year, items: itemList(items, locale) }, locale));
  }
  figures.push(format(t.judged, { judged: judgedText(data, year, locale) }, locale), t.boundaries);

  const changedIds = new Set(changed.map((c) => c.state.id));
  const statusDisputes = contestedAbout(contested, 'states', changedIds).filter((f) => f.records.some((r) => r.detail?.includes(String(year))));
  const eventDisputes = [
    ...contestedAbout(contested, 'exercises', new Set(exercises.map((e) => e.id))),
    ...contestedAbout(contested, 'incidents', new Set(incidents.map((i) => i.id))),
  ];
  const cited = [
    ...changed.flatMap((c) => c.state.sourceIds),
    ...exercises.flatMap((e) => e.sourceIds),
    ...incidents.flatMap((i) => i.sourceIds),
    ...(changed.length + exercises.length + incidents.length === 0 ? data.states.filter((s) => statuses.has(s.id)).flatMap((s) => s.sourceIds) : []),
  ];

  return {
    title: spec.title,
    subtitle: spec.subtitle,
    // The year's own sources, the article first: the export's line names every record drawn up to
    // the year, too long for a slide's footer (the notes list the year's sources with links).
    sourceLine: buildSourceLine([SEED_SOURCE_ID, ...cited], sources, { firstId: SEED_SOURCE_ID, max: SLIDE_SOURCE_LINE_MAX }, locale),
    asOf: spec.asOf,
    notes: {
      figures,
      contested: contestedNotes([...statusDisputes, ...eventDisputes], sources, locale),
      sources: noteSources(cited, sources, locale),
    },
  };
}
