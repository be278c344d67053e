/**
 * The words of a map slide for one year: title, subtitle and source line are the map export's
 * frame (`mapFrameSpec`, the same function the Export menu draws), and the speaker notes list the
 * statuses of that year (the map's own `statusesInYear`, judged as the legend judges them), the
 * status changes, the exercises and incidents that began in it (with the marker's troop and
 * casualty wording), what is contested about them and by whom, and their sources. Pure.
 */
import { buildSourceLine } from '@/components/frame/frameSpec';
import type { ContestedFigure } from '@/lib/citations';
import { casualtiesText } from '@/lib/casualties';
import { formatPartialDate } from '@/lib/format';
import { format, messages } from '@/lib/i18n';
import { summarizeMapData } from '@/components/map/mapData';
import { mapFrameSpec } from '@/components/map/mapExport';
import { troopsText } from '@/components/map/mapLabels';
import { serverMapText } from '@/components/map/mapMessages.server';
import { eventsUpTo, exercisesShown, legendCounts, STATUS_ORDER, statusesInYear, yearOf } from '@/components/map/mapModel';
import type { MapData } from '@/components/map/types';
import { ALL_KINDS, ALL_LAYERS } from '@/components/map/urlState';
import type { Source } from '@/data/schema';
import type { SlideText } from '../slideText';
import { contestedAbout, contestedNotes, noteSources, SEED_SOURCE_ID, SLIDE_SOURCE_LINE_MAX } from './noteSources';

/** The legend's "As on 31 December 2017." / "As of 10 March 2026, …" for a year. */
export function judgedText(data: MapData, year: number): string {
  const t = messages().map.legend;
  return year >= yearOf(data.asOfDate) ? format(t.judgedAsOf, { date: summarizeMapData(data).asOfLabel }) : format(t.judgedOnYearEnd, { year });
}

export function mapSlideText(data: MapData, year: number, contested: readonly ContestedFigure[], sources: readonly Source[]): SlideText {
  const t = messages().present.map;
  const m = messages().map;
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
    judgedText: judgedText(data, year),
  }, serverMapText('en'));

  const figures: string[] = [];
  for (const status of STATUS_ORDER) {
    const names = data.states.filter((s) => statuses.get(s.id) === status).map((s) => s.name);
    if (names.length > 0) figures.push(format(t.members, { status: m.statusPlural[status], year, count: names.length, names: names.join(', ') }));
  }

  const changed = data.states.flatMap((s) =>
    s.statusHistory.filter((p) => yearOf(p.from) === year).map((p) => ({ state: s, text: format(t.change, { name: s.name, status: m.status[p.status], date: formatPartialDate(p.from) }) })),
  );
  if (changed.length > 0) figures.push(format(t.changed, { year, changes: changed.map((c) => c.text).join('; ') }));

  const exercises = data.exercises.filter((e) => yearOf(e.start) === year);
  figures.push(
    exercises.length === 0
      ? format(t.exercisesNone, { year })
      : format(t.exercises, {
          year,
          count: exercises.length,
          items: exercises.map((e) => format(t.exercise, { name: e.name, month: e.month, kind: m.kinds[e.kind].toLocaleLowerCase('en'), troops: troopsText(serverMapText('en'), e) })).join('; '),
        }),
  );
  const incidents = data.incidents.filter((i) => yearOf(i.start) === year);
  if (incidents.length > 0) {
    figures.push(format(t.incidents, { year, items: incidents.map((i) => format(t.incident, { name: i.name, month: i.month, casualties: casualtiesText(i, data.names) })).join('; ') }));
  }
  figures.push(format(t.judged, { judged: judgedText(data, year) }), t.boundaries);

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
    sourceLine: buildSourceLine([SEED_SOURCE_ID, ...cited], sources, { firstId: SEED_SOURCE_ID, max: SLIDE_SOURCE_LINE_MAX }),
    asOf: spec.asOf,
    notes: {
      figures,
      contested: contestedNotes([...statusDisputes, ...eventDisputes], sources),
      sources: noteSources(cited, sources),
    },
  };
}
