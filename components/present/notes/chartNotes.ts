/**
 * The words of each chart slide. Title, subtitle and source line are the chart's own frame (its
 * `*FrameSpec`, as ChartFrame shows it on the slide); the notes are the marks' own names (the
 * accessible names and tooltips: `barName`, `pointName`, `countsText`, `binText`), so each figure
 * carries its period, qualifier and dispute exactly as the chart states it, then what is contested
 * and by whom, then the sources. The notes' own sentences are the deck language's messages (lists
 * by Intl.ListFormat); the chart modules' words come in the language they are given. Pure: the
 * datasets come in as arguments.
 */
import { CHART_ID, type ChartId } from '@/components/charts/chartIds';
import { binText, exercisesFrameSpec, yearBins } from '@/components/charts/ExercisesByYear/exercisesByYearState';
import { asOfYear, countsText, membershipFrameSpec, yearCounts } from '@/components/charts/Membership/membershipState';
import { milestonePoints, milestonesFrameSpec } from '@/components/charts/Milestones/milestonesState';
import { ratsFrameSpec, ratsGroups } from '@/components/charts/RatsFigures/ratsFiguresState';
import type { ChartContext } from '@/components/charts/shared/chartContext';
import { terrorismFrameSpec, terrorismPanels } from '@/components/charts/Terrorism2020/terrorism2020State';
import type { FrameSpec } from '@/components/frame/frameSpec';
import type { Exercise, Milestone, RatsFigure, Source, State, TerrorismStat } from '@/data/schema';
import type { ContestedFigure } from '@/lib/citations';
import { format, messages, type Locale } from '@/lib/i18n';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { citedSourceIds } from '@/components/map/mapData';
import { ALL_KINDS } from '@/components/map/urlState';
import type { SlideNotes, SlideText } from '../slideText';
import { BRIEFING_MAP_YEARS } from '../deck';
import { contestedAbout, contestedNotes, nameList, noteSources } from './noteSources';

export interface ChartNotesInput {
  ctx: ChartContext;
  sources: readonly Source[];
  contested: readonly ContestedFigure[];
  firstSourceId: string;
  states: readonly State[];
  exercises: readonly Exercise[];
  terrorismStats: readonly TerrorismStat[];
  ratsFigures: readonly RatsFigure[];
  milestones: readonly Milestone[];
  /** The deck's language. */
  locale: Locale;
}

function text(spec: FrameSpec, notes: SlideNotes): Omit<SlideText, 'asOfText'> {
  return { title: spec.title, subtitle: spec.subtitle, sourceLine: spec.sourceLine, asOf: spec.asOf, notes };
}

function disputes(input: ChartNotesInput, datasetId: string, ids: Iterable<string>): string[] {
  return contestedNotes(contestedAbout(input.contested, datasetId, new Set(ids)), input.sources, input.locale);
}

function membership(input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  const { locale } = input;
  const t = messages(locale).present.charts;
  const counts = yearCounts(input.states, input.ctx.asOf);
  const latest = asOfYear(input.ctx.asOf);
  const years = [...new Set([...BRIEFING_MAP_YEARS, 2023, latest])].filter((y) => y <= latest).sort((a, b) => a - b);
  const figures = years.flatMap((year) => {
    const y = counts.find((c) => c.year === year);
    return y ? [format(t.membershipYears, { year, counts: countsText(y, locale) }, locale)] : [];
  });
  return text(membershipFrameSpec(input.states, counts, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'states', input.states.map((s) => s.id)),
    sources: noteSources(input.states.flatMap((s) => citedSourceIds(s.statusHistory)), input.sources, locale),
  });
}

function terrorism(input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  const stats = input.terrorismStats;
  const panels = terrorismPanels(stats, input.ctx, { otherYears: false });
  const bars = panels.flatMap((p) => p.bars.map((bar) => ({ bar, name: bar.name })));
  const hasOtherYears = stats.some((s) => !s.fromSeed);
  return text(terrorismFrameSpec(stats, input.ctx, { otherYears: hasOtherYears, firstSourceId: input.firstSourceId }), {
    figures: [messages(input.locale).present.charts.terrorismIntro, ...bars.map((b) => b.name)],
    contested: disputes(input, 'terrorismStats', bars.map((b) => b.bar.id)),
    sources: noteSources([...bars.flatMap((b) => b.bar.sourceIds), ...citedSourceIds(stats.filter((s) => s.fromSeed).map((s) => s.claims))], input.sources, input.locale),
  });
}

function rats(input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  const headline = ratsGroups(input.ratsFigures, { allMetrics: false }, input.locale);
  const hasMore = ratsGroups(input.ratsFigures, { allMetrics: true }, input.locale).length > headline.length;
  const points = headline.flatMap((g) => g.points);
  return text(ratsFrameSpec(input.ratsFigures, input.ctx, { allMetrics: hasMore, firstSourceId: input.firstSourceId }), {
    figures: [messages(input.locale).present.charts.ratsIntro, ...points.map((p) => p.name)],
    contested: disputes(input, 'ratsFigures', points.map((p) => p.id)),
    sources: noteSources(points.flatMap((p) => p.sourceIds), input.sources, input.locale),
  });
}

function exercisesByYear(input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  const { locale } = input;
  const t = messages(locale).present.charts;
  const kinds = messages(locale).map.kinds;
  const bins = yearBins(input.exercises, asOfYear(input.ctx.asOf));
  const total = bins.reduce((n, b) => n + b.total, 0);
  const byKind = nameList(
    ALL_KINDS.map((k) => format(t.exercisesKind, { count: bins.reduce((n, b) => n + b.byKind[k], 0), kind: kinds[k].toLocaleLowerCase(LOCALE_TAGS[locale]) }, locale)),
    locale,
  );
  const peak = Math.max(...bins.map((b) => b.total));
  const withExercises = bins.filter((b) => b.total > 0);
  const gaps = bins.filter((b) => b.total === 0).map((b) => String(b.year));
  const figures = [
    format(t.exercisesTotal, { count: total, from: bins[0]?.year ?? '', byKind }, locale),
    format(t.exercisesPeak, { years: nameList(bins.filter((b) => b.total === peak).map((b) => String(b.year)), locale), count: peak }, locale),
    ...withExercises.map((b) => format(t.exercisesYear, { year: b.year, text: binText(b, locale), names: nameList(Object.values(b.names).flat(), locale) }, locale)),
    ...(gaps.length > 0 ? [format(t.exercisesGaps, { years: nameList(gaps, locale) }, locale)] : []),
  ];
  return text(exercisesFrameSpec(input.exercises, bins, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'exercises', input.exercises.map((e) => e.id)),
    sources: noteSources(bins.flatMap((b) => b.sourceIds), input.sources, locale),
  });
}

function milestones(input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  const { locale } = input;
  const t = messages(locale).present.charts;
  const core = milestonePoints(input.milestones, input.ctx, { allKinds: false });
  const all = milestonePoints(input.milestones, input.ctx, { allKinds: true });
  const figures = core.map((p) =>
    format(t.milestone, { date: p.dateText, title: p.title, inForce: p.inForceText ? format(t.inForce, { date: p.inForceText }, locale) : '' }, locale),
  );
  return text(milestonesFrameSpec(all.length > core.length ? all : core, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'milestones', core.map((p) => p.id)),
    sources: noteSources(core.flatMap((p) => p.sourceIds), input.sources, locale),
  });
}

const BUILDERS: Record<ChartId, (input: ChartNotesInput) => Omit<SlideText, 'asOfText'>> = {
  [CHART_ID.membership]: membership,
  [CHART_ID.terrorism2020]: terrorism,
  [CHART_ID.ratsFigures]: rats,
  [CHART_ID.exercisesByYear]: exercisesByYear,
  [CHART_ID.milestones]: milestones,
};

export function chartSlideText(id: ChartId, input: ChartNotesInput): Omit<SlideText, 'asOfText'> {
  return BUILDERS[id](input);
}
