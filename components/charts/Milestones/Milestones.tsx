import { milestones } from '@/data/milestones';
import type { Milestone } from '@/data/schema';
import { messages } from '@/lib/i18n';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps } from '../shared/sizes';
import { MILESTONES_CHART_ID, milestoneMark, milestonePoints, milestonesFrameSpec, milestoneTips, toRows } from './milestonesState';
import { MilestonesPlot } from './MilestonesPlot';

/** The documents and institutions of SCO security cooperation on a timeline, each linking to its source. */
export function Milestones({ locale, sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
  const ctx = serverContext(locale);
  const t = messages(locale).charts;
  const words = { title: t.milestones.title, empty: t.views.empty };
  const rows: readonly Milestone[] = milestones;
  const core = milestonePoints(rows, ctx, { allKinds: false });
  const all = milestonePoints(rows, ctx, { allKinds: true });
  const hasMore = all.length > core.length;
  const coreMarks = core.map(milestoneMark);
  const allMarks = all.map(milestoneMark);
  return (
    <ChartView
      id={MILESTONES_CHART_ID}
      locale={locale}
      spec={milestonesFrameSpec(hasMore ? all : core, ctx, FIRST_SOURCE_ID)}
      headingLevel={headingLevel}
      tips={milestoneTips(all, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({ size, node: <MilestonesPlot marks={coreMarks} words={words} asOf={ctx.asOf} locale={ctx.locale} variant="main" size={size} responsive={responsive && size !== 'slide'} /> })),
        data: toRows(core, ctx),
        frame: milestonesFrameSpec(core, ctx, FIRST_SOURCE_ID),
      }}
      alternate={
        hasMore
          ? {
              label: t.milestones.toggleAll,
              plots: sizes.map((size) => ({
                size,
                node: <MilestonesPlot marks={allMarks} words={words} asOf={ctx.asOf} locale={ctx.locale} variant="alternate" size={size} responsive={responsive} />,
              })),
              data: toRows(all, ctx),
              frame: milestonesFrameSpec(all, ctx, FIRST_SOURCE_ID),
            }
          : undefined
      }
    />
  );
}
