/**
 * The editable PowerPoint charts of a chart id, built from the datasets as its page builds the
 * chart (the default view: the article's 2020 figures, every year to the data date). Server only:
 * it reads the datasets; a deck page passes the result to the client as plain data.
 */
import type { NativeChart } from '@/components/export/pptx/deckTypes';
import { exercises } from '@/data/exercises';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { CHART_ID, type ChartId } from './chartIds';
import { yearBins } from './ExercisesByYear/exercisesByYearState';
import { asOfYear, yearCounts } from './Membership/membershipState';
import { exercisesNativeChart, membershipNativeChart, terrorismNativeCharts } from './nativeCharts';
import { serverContext } from './shared/serverContext';
import { terrorismPanels } from './Terrorism2020/terrorism2020State';
import type { Locale } from '@/lib/i18n';

/** The charts with an editable PowerPoint version. */
export const NATIVE_CHART_IDS: readonly ChartId[] = [CHART_ID.terrorism2020, CHART_ID.exercisesByYear, CHART_ID.membership];

/** The chart's editable versions (several for small multiples); none for a chart without one. */
export function nativeChartsFor(id: ChartId, locale: Locale): NativeChart[] {
  const ctx = serverContext(locale);
  switch (id) {
    case CHART_ID.terrorism2020:
      return terrorismNativeCharts(terrorismPanels(terrorismStats, ctx, { otherYears: false }), locale);
    case CHART_ID.exercisesByYear:
      return [exercisesNativeChart(yearBins(exercises, asOfYear(ctx.asOf)), locale)];
    case CHART_ID.membership:
      return [membershipNativeChart(yearCounts(states, ctx.asOf), ctx.asOf, locale)];
    default:
      return [];
  }
}
