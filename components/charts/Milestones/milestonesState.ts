/**
 * The milestones timeline: documents and institutions (and, on request, summits and membership
 * changes) down a vertical time axis, each labelled beside its date without overlap and linking
 * to its source. Pure: the page passes the records in.
 */
import { datePrecision, MILESTONE_KIND, type Milestone, type MilestoneKind, type Source } from '@/data/schema';
import { dateBounds } from '@/data/validate';
import { chartPath, SOURCE_LINE_MAX, type FrameSpec, type LegendItem } from '@/components/frame/frameSpec';
import { buildSourceLine } from '@/components/frame/frameWords';
import { MILESTONE_TOKEN } from '@/components/frame/tokens';
import { formatPartialDate } from '@/lib/format';
import { format, messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { tipLine } from '../shared/tipLine';
import { citedSourceIds } from '@/lib/tableCells';
import { sourceNames, type ChartContext } from '../shared/chartContext';
import type { Tip } from '../shared/ChartInteraction';
import type { TableData } from '../shared/tableData';
import { MILESTONES_CHART_ID, type MilestonePoint } from './milestonesModel';
import { compareIds } from '@/lib/compareIds';

export * from './milestonesModel';
export * from './milestonesLayout';

/** Kinds on the timeline before "Add summits and membership changes". */
export const CORE_KINDS: readonly MilestoneKind[] = ['document', 'institution'];

/** Where a milestone links: its first source that has a URL, else the first source on /sources (in the page's language). */
export function sourceHref(sourceIds: readonly string[], sources: readonly Pick<Source, 'id' | 'url'>[], locale: Locale): string {
  for (const id of sourceIds) {
    const url = sources.find((s) => s.id === id)?.url;
    if (url !== undefined) return url;
  }
  return paths.sources({ locale, hash: sourceIds[0] ?? '' });
}

export function milestonePoints(milestones: readonly Milestone[], ctx: ChartContext, options: { allKinds: boolean }): MilestonePoint[] {
  const { locale } = ctx;
  const t = messages(locale);
  return milestones
    .filter((m) => options.allKinds || CORE_KINDS.includes(m.kind))
    .flatMap((m) => {
      const b = dateBounds(m.date);
      if (!b) return [];
      const sourceIds = citedSourceIds(m);
      const dateText = formatPartialDate(m.date, locale);
      const kindText = t.data.milestoneKind[m.kind];
      return [
        {
          id: m.id,
          date: m.date,
          dateText,
          at: (b[0] + b[1]) / 2,
          approximate: datePrecision(m.date) !== 'day',
          title: m.title,
          kind: m.kind,
          kindText,
          name: format(t.charts.milestones.markName, { date: dateText, title: m.title, kind: kindText }, locale),
          ...(m.place !== undefined ? { place: m.place } : {}),
          ...(m.inForce !== undefined ? { inForceText: formatPartialDate(m.inForce, locale) } : {}),
          summary: m.summary,
          href: sourceHref(sourceIds, ctx.sources, locale),
          sourceIds,
        },
      ];
    })
    .sort((a, b) => a.at - b.at || compareIds(a.id, b.id));
}

export function milestoneTips(points: readonly MilestonePoint[], ctx: ChartContext): Record<string, Tip> {
  const { locale } = ctx;
  const t = messages(locale).charts.milestones;
  const tips: Record<string, Tip> = {};
  for (const p of points) {
    tips[p.id] = {
      title: p.title,
      lines: [
        `${p.dateText} · ${p.kindText}`,
        ...(p.place !== undefined ? [tipLine(t.tipPlace, p.place, locale)] : []),
        ...(p.inForceText !== undefined ? [tipLine(t.tipInForce, p.inForceText, locale)] : []),
        p.summary,
        tipLine(messages(locale).charts.views.sources, sourceNames(ctx, p.sourceIds), locale),
      ],
    };
  }
  return tips;
}

// ---------------------------------------------------------------- table, frame

export function toRows(points: readonly MilestonePoint[], ctx: ChartContext): TableData {
  const t = messages(ctx.locale).charts;
  const c = t.milestones.columns;
  return {
    caption: format(t.views.tableCaption, { title: t.milestones.title }, ctx.locale),
    columns: [
      { key: 'date', label: c.date, type: 'date' },
      { key: 'title', label: c.title, type: 'text' },
      { key: 'kind', label: c.kind, type: 'text' },
      { key: 'place', label: c.place, type: 'text' },
      { key: 'inForce', label: c.inForce, type: 'date' },
      { key: 'summary', label: c.summary, type: 'text' },
      { key: 'sources', label: c.sources, type: 'text' },
      { key: 'link', label: c.link, type: 'url' },
    ],
    rows: points.map((p) => ({
      date: p.dateText,
      title: p.title,
      kind: p.kindText,
      place: p.place ?? '',
      inForce: p.inForceText ?? '',
      summary: p.summary,
      sources: sourceNames(ctx, p.sourceIds),
      link: p.href,
    })),
    recordColumns: ['title', 'place', 'summary'],
  };
}

export function milestonesLegend(points: readonly MilestonePoint[], locale: Locale): LegendItem[] {
  const kind = messages(locale).data.milestoneKind;
  const t = messages(locale).charts.milestones;
  return [
    ...Object.values(MILESTONE_KIND)
      .filter((k) => points.some((p) => p.kind === k))
      .map((k) => ({ label: kind[k], colorToken: MILESTONE_TOKEN[k], shape: 'circle' as const })),
    ...(points.some((p) => p.approximate) ? [{ label: t.legendApproximate, colorToken: '--color-text-muted' as const, shape: 'ring' as const }] : []),
  ];
}

export function milestonesFrameSpec(points: readonly MilestonePoint[], ctx: ChartContext, firstSourceId?: string): FrameSpec {
  const { locale } = ctx;
  const t = messages(locale).charts.milestones;
  return {
    title: t.title,
    subtitle: t.subtitle,
    legend: milestonesLegend(points, locale),
    sourceLine: buildSourceLine(
      points.flatMap((p) => p.sourceIds),
      ctx.sources,
      firstSourceId !== undefined ? { firstId: firstSourceId, max: SOURCE_LINE_MAX } : { max: SOURCE_LINE_MAX },
      locale,
    ),
    asOf: ctx.asOf,
    url: chartPath(MILESTONES_CHART_ID, locale),
  };
}
