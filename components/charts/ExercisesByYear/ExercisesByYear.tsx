import { exercises } from '@/data/exercises';
import { messages } from '@/lib/i18n';
import type { Exercise } from '@/data/schema';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, type ChartRenderProps } from '../shared/sizes';
import { EXERCISES_CHART_ID, exerciseTips, exercisesFrameSpec, labelBins, toRows, yearBins } from './exercisesByYearState';
import { ExercisesPlot } from './ExercisesPlot';

/** Joint exercises per year, stacked by kind. */
export function ExercisesByYear({ locale, sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
  const ctx = serverContext(locale);
  const t = messages(locale).charts;
  const words = { title: t.exercises.title, empty: t.views.empty };
  const rows: readonly Exercise[] = exercises;
  const bins = yearBins(rows, Number(ctx.asOf.slice(0, 4)));
  const labelled = labelBins(bins, locale);
  const spec = exercisesFrameSpec(rows, bins, ctx, FIRST_SOURCE_ID);
  return (
    <ChartView
      id={EXERCISES_CHART_ID}
      locale={locale}
      spec={spec}
      headingLevel={headingLevel}
      tips={exerciseTips(labelled, locale)}
      main={{
        plots: sizes.map((size) => ({ size, node: <ExercisesPlot bins={labelled} words={words} size={size} responsive={responsive} /> })),
        data: toRows(bins, ctx),
        frame: spec,
      }}
    />
  );
}
