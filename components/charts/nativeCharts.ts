/**
 * The bar and line charts as editable PowerPoint charts (`NativeChart`): from each chart's own
 * model, so the .pptx's data are the figures the chart draws. Pure; the page passes the models in
 * (`nativeChartsFromData.ts` builds them from the datasets on the server).
 *
 * - Terrorism 2020: one horizontal bar chart per panel (one measure each, never on a shared
 *   scale), each bar named by its country and period, with its qualifier and a dispute flag.
 * - Exercises by year: columns per year stacked by kind, gap years at zero.
 * - Membership: one line per status, from its first year to the year it ended (gaps outside).
 */
import { EXERCISE_KIND } from '@/data/schema';
import { tokenFallback, KIND_TOKEN, PRIMARY_TOKEN, SECONDARY_TOKEN, STATUS_TOKEN } from '@/components/frame/tokens';
import type { NativeChart } from '@/components/export/pptx/deckTypes';
import { format, messages, type Locale } from '@/lib/i18n';
import type { YearBin } from './ExercisesByYear/exercisesByYearState';
import { asOfYear, SERIES, seriesValue, type SeriesKey, type YearCounts } from './Membership/membershipState';
import type { TerrorismBar, TerrorismPanel } from './Terrorism2020/terrorism2020State';

/** "Tajikistan · January–June 2020 · more than 200 · disputed". */
export function terrorismCategory(bar: TerrorismBar, locale: Locale): string {
  const t = messages(locale).charts.terrorism;
  const parts = [format(t.nativeCategory, { country: bar.countryName, period: bar.period }, locale)];
  if (bar.qualifier !== 'exact') parts.push(bar.valueText);
  if (bar.disputed) parts.push(t.disputed);
  return parts.join(' · ');
}

/** One chart per panel: the panel's title, one bar per figure, in the panel's order. */
export function terrorismNativeCharts(panels: readonly TerrorismPanel[], locale: Locale): NativeChart[] {
  return panels.map((panel) => ({
    kind: 'bar',
    horizontal: true,
    title: panel.label,
    categories: panel.bars.map((b) => terrorismCategory(b, locale)),
    series: [
      {
        name: panel.metricLabel,
        values: panel.bars.map((b) => b.value),
        // One colour per chart: the article's figures, or other years' when a panel holds only those.
        color: tokenFallback(panel.bars.every((b) => !b.fromSeed) ? SECONDARY_TOKEN : PRIMARY_TOKEN),
      },
    ],
  }));
}

const KINDS = Object.values(EXERCISE_KIND);

/** Columns per year (every year on the chart's axis), stacked by the kinds that occur. */
export function exercisesNativeChart(bins: readonly YearBin[], locale: Locale): NativeChart {
  const kinds = KINDS.filter((k) => bins.some((b) => b.byKind[k] > 0));
  return {
    kind: 'stackedBar',
    title: messages(locale).charts.exercises.title,
    categories: bins.map((b) => String(b.year)),
    series: kinds.map((kind) => ({
      name: messages(locale).data.exerciseKind[kind],
      values: bins.map((b) => b.byKind[kind]),
      color: tokenFallback(KIND_TOKEN[kind]),
    })),
  };
}

const SERIES_NAME: Record<SeriesKey, (t: ReturnType<typeof messages>['charts']['membership']) => string> = {
  members: (t) => t.columns.members,
  observer: (t) => t.seriesObservers,
  dialoguePartner: (t) => t.seriesDialoguePartners,
  partner: (t) => t.seriesPartners,
};

const SERIES_COLOR: Record<SeriesKey, string> = {
  members: tokenFallback(STATUS_TOKEN.member),
  observer: tokenFallback(STATUS_TOKEN.observer),
  dialoguePartner: tokenFallback(STATUS_TOKEN.dialoguePartner),
  partner: tokenFallback(STATUS_TOKEN.partner),
};

/**
 * One line per status that ever had a state: its count each year from its first non-zero year to
 * the year after its last (where the chart draws its drop to zero); no value outside that span.
 */
export function membershipNativeChart(counts: readonly YearCounts[], asOf: string, locale: Locale): NativeChart {
  const t = messages(locale).charts.membership;
  const active = SERIES.filter((key) => counts.some((c) => seriesValue(c, key) > 0));
  return {
    kind: 'line',
    title: format(t.title, { year: asOfYear(asOf) }, locale),
    categories: counts.map((c) => String(c.year)),
    series: active.map((key) => {
      const first = counts.findIndex((c) => seriesValue(c, key) > 0);
      const last = counts.length - 1 - [...counts].reverse().findIndex((c) => seriesValue(c, key) > 0);
      return {
        name: SERIES_NAME[key](t),
        values: counts.map((c, i) => (i >= first && i <= last + 1 ? seriesValue(c, key) : null)),
        color: SERIES_COLOR[key],
      };
    }),
  };
}
