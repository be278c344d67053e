/**
 * What the Regional Anti-Terrorist Structure reported: every dated figure as a point on a
 * logarithmic value axis (the figures run from tens to a million), one row per figure, grouped
 * by what it counts. Pure: the page passes the records in.
 *
 * Rules a reader relies on: a group holds one metric only; no line joins any two points (they
 * count different things, at different dates); every row says what it counts and when it was
 * stated; a contested figure is flagged and the figure contesting it is drawn on its row.
 */
import { RATS_METRIC, type RatsFigure, type RatsMetric } from '@/data/schema';
import { chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import { FLAG_TOKEN, RATS_TOKEN } from '@/components/frame/tokens';
import { formatCount, formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { tipLine } from '../shared/tipLine';
import { besideText, contestedByText, pointName, whenText } from './ratsWords';
import { citedSourceIds } from '@/lib/tableCells';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { TableData } from '../shared/tableData';
import { RATS_CHART_ID, type RatsGroup, type RatsPoint } from './ratsModel';
import { compareIds } from '@/lib/compareIds';

export * from './ratsModel';
export * from './ratsLayout';
export { pointName, whenText } from './ratsWords';

/** Metrics shown before "Add other reported results": the registers and the headline results. */
export const HEADLINE_METRICS: readonly RatsMetric[] = ['databasePersons', 'wantedPersons', 'radicals', 'attacksPrevented', 'cellsDisrupted'];

const METRIC_ORDER = Object.values(RATS_METRIC);

function toPoint(f: RatsFigure, byId: ReadonlyMap<string, RatsFigure>, locale: Locale): RatsPoint {
  const contestedBy = (f.contestedBy ?? []).flatMap((id) => {
    const other = byId.get(id);
    if (!other) return [];
    const words = { valueText: formatCount(other.value, other.qualifier, undefined, locale), dateText: formatPartialDate(other.date, locale) };
    return [{ id, value: other.value, ...words, counts: other.counts, beside: besideText(words, locale) }];
  });
  const point = {
    id: f.id,
    metric: f.metric,
    date: f.date,
    dateText: formatPartialDate(f.date, locale),
    counts: f.counts,
    value: f.value,
    valueText: formatCount(f.value, f.qualifier, undefined, locale),
    openEnded: f.qualifier === 'moreThan' || f.qualifier === 'atLeast',
    stated: f.valueText,
    ...(f.period !== undefined ? { period: f.period } : {}),
    ...(f.speaker !== undefined ? { speaker: f.speaker } : {}),
    contested: contestedBy.length > 0 || f.confidence === 'conflicting',
    contestedBy,
    sourceIds: citedSourceIds(f),
    ...(f.note !== undefined ? { note: f.note } : {}),
  };
  const when = whenText(point, locale);
  return { ...point, whenText: when, name: pointName({ ...point, whenText: when }, locale) };
}

/** Groups in the schema's metric order, each with only its metric's figures, oldest first. */
export function ratsGroups(figures: readonly RatsFigure[], options: { allMetrics: boolean }, locale: Locale): RatsGroup[] {
  const t = messages(locale).data.ratsMetric;
  const byId = new Map(figures.map((f) => [f.id, f]));
  return METRIC_ORDER.filter((m) => options.allMetrics || HEADLINE_METRICS.includes(m))
    .map((metric) => ({
      metric,
      label: t[metric],
      token: RATS_TOKEN[metric],
      points: figures
        .filter((f) => f.metric === metric)
        .map((f) => toPoint(f, byId, locale))
        .sort((a, b) => compareIds(a.date, b.date) || compareIds(a.id, b.id)),
    }))
    .filter((g) => g.points.length > 0);
}

export function ratsTips(groups: readonly RatsGroup[], ctx: ChartContext): Record<string, Tip> {
  const { locale } = ctx;
  const t = messages(locale).charts.rats;
  const line = (label: string, value: string) => tipLine(label, value, locale);
  const tips: Record<string, Tip> = {};
  for (const g of groups) {
    for (const p of g.points) {
      tips[p.id] = {
        title: line(g.label, p.valueText),
        lines: [
          p.counts,
          line(t.tipStated, p.stated),
          line(t.tipDate, p.dateText),
          ...(p.period !== undefined ? [line(t.tipPeriod, p.period)] : []),
          ...(p.speaker !== undefined ? [line(t.tipSpeaker, p.speaker)] : []),
          line(messages(locale).charts.views.sources, sourceNames(ctx, p.sourceIds)),
          ...(p.note !== undefined ? [line(t.tipNote, p.note)] : []),
        ],
        ...(p.contested ? { flag: line(t.tipContested, p.contestedBy.map((o) => contestedByText(o, locale)).join('; ')) } : {}),
      };
    }
  }
  return tips;
}

// ---------------------------------------------------------------- table, frame

/** The rows as shown: one per point, group by group, with the contested flag and what contests it. */
export function toRows(groups: readonly RatsGroup[], ctx: ChartContext): TableData {
  const { locale } = ctx;
  const t = messages(locale).charts;
  const c = t.rats.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.rats.title }, locale),
    columns: [
      { key: 'counts', label: c.counts, type: 'text' },
      { key: 'metric', label: c.metric, type: 'text' },
      { key: 'date', label: c.date, type: 'date' },
      { key: 'value', label: c.value, type: 'number' },
      { key: 'valueText', label: c.valueText, type: 'text' },
      { key: 'stated', label: c.stated, type: 'text' },
      { key: 'period', label: c.period, type: 'text' },
      { key: 'speaker', label: c.speaker, type: 'text' },
      { key: 'contested', label: c.contested, type: 'text' },
      { key: 'contestedBy', label: c.contestedBy, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
    ],
    rows: groups.flatMap((g) =>
      g.points.map((p) => ({
        counts: p.counts,
        metric: g.label,
        date: p.dateText,
        value: p.value,
        valueText: p.valueText,
        stated: p.stated,
        period: p.period ?? '',
        speaker: p.speaker ?? '',
        contested: p.contested ? t.views.yes : t.views.no,
        contestedBy: p.contestedBy.map((o) => contestedByText(o, locale)).join('; '),
        sources: sourceNames(ctx, p.sourceIds),
      })),
    ),
    recordColumns: ['counts', 'speaker'],
  };
}

export function ratsLegend(groups: readonly RatsGroup[], locale: Locale): LegendItem[] {
  const t = messages(locale).charts.rats;
  return [
    ...groups.map((g) => ({ label: g.label, colorToken: g.token, shape: 'circle' as const })),
    { label: t.legendContested, colorToken: FLAG_TOKEN, shape: 'flag' },
    { label: t.legendBeside, colorToken: FLAG_TOKEN, shape: 'ring' },
  ];
}

export function ratsFrameSpec(figures: readonly RatsFigure[], ctx: ChartContext, options: { allMetrics: boolean; firstSourceId?: string }): FrameSpec {
  const { locale } = ctx;
  const t = messages(locale).charts.rats;
  const groups = ratsGroups(figures, options, locale);
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: ratsLegend(groups, locale),
    sourceLine: buildSourceLine(
      groups.flatMap((g) => g.points.flatMap((p) => p.sourceIds)),
      ctx.sources,
      options.firstSourceId !== undefined ? { firstId: options.firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
      locale,
    ),
    asOf: ctx.asOf,
    url: chartPath(RATS_CHART_ID, locale),
  };
}
