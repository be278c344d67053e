import { ratsFigures } from '@/data/ratsFigures';
import type { RatsFigure } from '@/data/schema';
import { messages } from '@/lib/i18n';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps } from '../shared/sizes';
import { RATS_CHART_ID, ratsFrameSpec, ratsGroups, ratsSourceLabels, ratsTips, toRows } from './ratsFiguresState';
import { RatsPlot } from './RatsPlot';

/** What RATS reported: dated figures on a log scale, grouped by what they count, the contested 45,000 flagged. */
export function RatsFigures({ locale, sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
  const ctx = serverContext(locale);
  const t = messages(locale).charts;
  const words = { title: t.rats.title, empty: t.views.empty, contested: t.rats.contested };
  const figures: readonly RatsFigure[] = ratsFigures;
  const headline = ratsGroups(figures, { allMetrics: false }, locale);
  const all = ratsGroups(figures, { allMetrics: true }, locale);
  const hasMore = all.length > headline.length;
  // Who stated each figure: named here, so the plots get strings, not the bibliography.
  const sourceLabels = ratsSourceLabels(all, ctx);
  const frame = (allMetrics: boolean) => ratsFrameSpec(figures, ctx, { allMetrics, firstSourceId: FIRST_SOURCE_ID });
  return (
    <ChartView
      id={RATS_CHART_ID}
      locale={locale}
      spec={frame(hasMore)}
      headingLevel={headingLevel}
      tips={ratsTips(all, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({ size, node: <RatsPlot groups={headline} sourceLabels={sourceLabels} words={words} locale={locale} variant="main" size={size} responsive={responsive && size !== 'slide'} /> })),
        data: toRows(headline, ctx),
        frame: frame(false),
      }}
      alternate={
        hasMore
          ? {
              label: t.rats.toggleOther,
              plots: sizes.map((size) => ({ size, node: <RatsPlot groups={all} sourceLabels={sourceLabels} words={words} locale={locale} variant="alternate" size={size} responsive={responsive} /> })),
              data: toRows(all, ctx),
              frame: frame(true),
            }
          : undefined
      }
    />
  );
}
