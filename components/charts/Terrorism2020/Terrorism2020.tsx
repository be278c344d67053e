import type { TerrorismStat } from '@/data/schema';
import { terrorismStats } from '@/data/terrorismStats';
import { messages } from '@/lib/i18n';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps } from '../shared/sizes';
import { TERRORISM_CHART_ID, terrorismFrameSpec, terrorismPanels, terrorismTips, toRows } from './terrorism2020State';
import { TerrorismPlot } from './TerrorismPlot';

/** Terrorism statistics, 2020: one panel per metric, periods on every bar, disputes flagged. */
export function Terrorism2020({ locale, sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
  const ctx = serverContext(locale);
  const t = messages(locale).charts;
  const words = { title: t.terrorism.title, empty: t.views.empty };
  const stats: readonly TerrorismStat[] = terrorismStats;
  const seedPanels = terrorismPanels(stats, ctx, { otherYears: false });
  const allPanels = terrorismPanels(stats, ctx, { otherYears: true });
  const hasOtherYears = stats.some((s) => !s.fromSeed);
  const frame = (otherYears: boolean) => terrorismFrameSpec(stats, ctx, { otherYears, firstSourceId: FIRST_SOURCE_ID });
  return (
    <ChartView
      id={TERRORISM_CHART_ID}
      locale={locale}
      spec={frame(hasOtherYears)}
      headingLevel={headingLevel}
      tips={terrorismTips(allPanels, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({ size, node: <TerrorismPlot panels={seedPanels} words={words} locale={ctx.locale} variant="main" size={size} responsive={responsive && size !== 'slide'} /> })),
        data: toRows(seedPanels, ctx),
        frame: frame(false),
      }}
      alternate={
        hasOtherYears
          ? {
              label: t.terrorism.toggleOtherYears,
              plots: sizes.map((size) => ({
                size,
                node: <TerrorismPlot panels={allPanels} words={words} locale={ctx.locale} variant="alternate" size={size} responsive={responsive} />,
              })),
              data: toRows(allPanels, ctx),
              frame: frame(true),
            }
          : undefined
      }
    />
  );
}
