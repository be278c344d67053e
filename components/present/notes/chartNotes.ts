/**
 * The words of each chart slide. Title, subtitle and source line are the chart's own frame (its
 * `*FrameSpec`, as ChartFrame shows it on the slide); the notes are the marks' own names (the
 * accessible names and tooltips: `barName`, `pointName`, `countsText`, `binText`), so each figure
 * carries its period, qualifier and dispute exactly as the chart states it, then what is contested
 * and by whom, then the sources. Pure: the datasets come in as arguments.
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
import { format, messages } from '@/lib/i18n';
import { citedSourceIds } from '@/components/map/mapData';
import { ALL_KINDS } from '@/components/map/urlState';
import type { SlideNotes, SlideText } from '../slideText';
import { BRIEFING_MAP_YEARS } from '../deck';
import { contestedAbout, contestedNotes, noteSources } from './noteSources';

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
}

function text(spec: FrameSpec, notes: SlideNotes): SlideText {
  return { title: spec.title, subtitle: spec.subtitle, sourceLine: spec.sourceLine, asOf: spec.asOf, notes };
}

function disputes(input: ChartNotesInput, datasetId: string, ids: Iterable<string>): string[] {
  return contestedNotes(contestedAbout(input.contested, datasetId, new Set(ids)), input.sources);
}

function membership(input: ChartNotesInput): SlideText {
  const t = messages().present.charts;
  const counts = yearCounts(input.states, input.ctx.asOf);
  const latest = asOfYear(input.ctx.asOf);
  const years = [...new Set([...BRIEFING_MAP_YEARS, 2023, latest])].filter((y) => y <= latest).sort((a, b) => a - b);
  const figures = years.flatMap((year) => {
    const y = counts.find((c) => c.year === year);
    return y ? [format(t.membershipYears, { year, counts: countsText(y, input.ctx.locale) })] : [];
  });
  return text(membershipFrameSpec(input.states, counts, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'states', input.states.map((s) => s.id)),
    sources: noteSources(input.states.flatMap((s) => citedSourceIds(s.statusHistory)), input.sources),
  });
}

function terrorism(input: ChartNotesInput): SlideText {
  const stats = input.terrorismStats;
  const panels = terrorismPanels(stats, input.ctx, { otherYears: false });
  const bars = panels.flatMap((p) => p.bars.map((bar) => ({ bar, name: bar.name })));
  const hasOtherYears = stats.some((s) => !s.fromSeed);
  return text(terrorismFrameSpec(stats, input.ctx, { otherYears: hasOtherYears, firstSourceId: input.firstSourceId }), {
    figures: [messages().present.charts.terrorismIntro, ...bars.map((b) => b.name)],
    contested: disputes(input, 'terrorismStats', bars.map((b) => b.bar.id)),
    sources: noteSources([...bars.flatMap((b) => b.bar.sourceIds), ...citedSourceIds(stats.filter((s) => s.fromSeed).map((s) => s.claims))], input.sources),
  });
}

function rats(input: ChartNotesInput): SlideText {
  const headline = ratsGroups(input.ratsFigures, { allMetrics: false }, input.ctx.locale);
  const hasMore = ratsGroups(input.ratsFigures, { allMetrics: true }, input.ctx.locale).length > headline.length;
  const points = headline.flatMap((g) => g.points);
  return text(ratsFrameSpec(input.ratsFigures, input.ctx, { allMetrics: hasMore, firstSourceId: input.firstSourceId }), {
    figures: [messages().present.charts.ratsIntro, ...points.map((p) => p.name)],
    contested: disputes(input, 'ratsFigures', points.map((p) => p.id)),
    sources: noteSources(points.flatMap((p) => p.sourceIds), input.sources),
  });
}

function exercisesByYear(input: ChartNotesInput): SlideText {
  const t = messages().present.charts;
  const kinds = messages().map.kinds;
  const bins = yearBins(input.exercises, asOfYear(input.ctx.asOf));
  const total = bins.reduce((n, b) => n + b.total, 0);
  const byKind = ALL_KINDS.map((k) => `${bins.reduce((n, b) => n + b.byKind[k], 0)} ${kinds[k].toLocaleLowerCase('en')}`)
    .join(', ');
  const peak = Math.max(...bins.map((b) => b.total));
  const withExercises = bins.filter((b) => b.total > 0);
  const gaps = bins.filter((b) => b.total === 0).map((b) => b.year);
  const figures = [
    format(t.exercisesTotal, { count: total, from: bins[0]?.year ?? '', byKind }),
    format(t.exercisesPeak, { years: bins.filter((b) => b.total === peak).map((b) => b.year).join(', '), count: peak }),
    ...withExercises.map((b) => format(t.exercisesYear, { year: b.year, text: binText(b, input.ctx.locale), names: Object.values(b.names).flat().join(', ') })),
    ...(gaps.length > 0 ? [format(t.exercisesGaps, { years: gaps.join(', ') })] : []),
  ];
  return text(exercisesFrameSpec(input.exercises, bins, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'exercises', input.exercises.map((e) => e.id)),
    sources: noteSources(bins.flatMap((b) => b.sourceIds), input.sources),
  });
}

function milestones(input: ChartNotesInput): SlideText {
  const t = messages().present.charts;
  const core = milestonePoints(input.milestones, input.ctx, { allKinds: false });
  const all = milestonePoints(input.milestones, input.ctx, { allKinds: true });
  const figures = core.map((p) => format(t.milestone, { date: p.dateText, title: p.title, inForce: p.inForceText ? format(t.inForce, { date: p.inForceText }) : '' }));
  return text(milestonesFrameSpec(all.length > core.length ? all : core, input.ctx, input.firstSourceId), {
    figures,
    contested: disputes(input, 'milestones', core.map((p) => p.id)),
    sources: noteSources(core.flatMap((p) => p.sourceIds), input.sources),
  });
}

const BUILDERS: Record<ChartId, (input: ChartNotesInput) => SlideText> = {
  [CHART_ID.membership]: membership,
  [CHART_ID.terrorism2020]: terrorism,
  [CHART_ID.ratsFigures]: rats,
  [CHART_ID.exercisesByYear]: exercisesByYear,
  [CHART_ID.milestones]: milestones,
};

export function chartSlideText(id: ChartId, input: ChartNotesInput): SlideText {
  return BUILDERS[id](input);
}
