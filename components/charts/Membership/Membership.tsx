import type { State } from '@/data/schema';
import { states } from '@/data/states';
import { messages } from '@/lib/i18n';
import { compileMessage } from '@/lib/messages/compile.server';
import { FIRST_YEAR } from '@/lib/memberStatus';
import { ChartView } from '../shared/ChartView';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps } from '../shared/sizes';
import { asOfYear, labelYears, lanes, MEMBERSHIP_CHART_ID, membershipFrameSpec, membershipTips, toLaneRows, toRows, yearCounts } from './membershipState';
import { MembershipPlot } from './MembershipPlot';
import { ShowOnMapLink } from './MembershipYears';
import { YEAR_PARAM } from '../shared/yearParam';

/** Members, observers and partners over time: a step chart of counts and a lane per state. */
export function Membership({ locale, sizes = ALL_SIZES, headingLevel, responsive = true }: ChartRenderProps) {
  const ctx = serverContext(locale);
  const t = messages(locale).charts.membership;
  const words = { yearsLabel: t.yearsLabel, lanesLabel: t.lanesLabel };
  const rows: readonly State[] = states;
  const counts = yearCounts(rows, ctx.asOf);
  const labelled = labelYears(counts, locale);
  const laneRows = lanes(rows, ctx.asOf, locale);
  const spec = membershipFrameSpec(rows, counts, ctx, FIRST_SOURCE_ID);
  const range = { minYear: FIRST_YEAR, maxYear: asOfYear(ctx.asOf) };
  return (
    <ChartView
      id={MEMBERSHIP_CHART_ID}
      locale={locale}
      spec={spec}
      headingLevel={headingLevel}
      linkParams={[YEAR_PARAM]}
      tips={membershipTips(counts, laneRows, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({
          size,
          node: <MembershipPlot counts={labelled} laneRows={laneRows} words={words} asOf={ctx.asOf} title={spec.title} size={size} responsive={responsive && size !== 'slide'} />,
        })),
        data: toRows(counts, locale),
        extraTables: [toLaneRows(laneRows, ctx)],
        frame: spec,
      }}
      controls={<ShowOnMapLink template={compileMessage(t.showOnMap)} locale={locale} range={range} />}
    />
  );
}
