import { Layer } from 'recharts';
import type { State } from '@/data/schema';
import { states } from '@/data/states';
import { tokenColor, STATUS_TOKEN } from '@/components/frame/tokens';
import { messages } from '@/lib/i18n';
import { FIRST_YEAR } from '@/lib/memberStatus';
import styles from '../shared/chart.module.css';
import { ChartView, hintId } from '../shared/ChartView';
import { PlotSvg } from '../shared/PlotSvg';
import { Curve, Rectangle } from '../shared/rechartsMarks';
import { FIRST_SOURCE_ID, serverContext } from '../shared/serverContext';
import { ALL_SIZES, withExportSize, type ChartRenderProps, type ChartSize } from '../shared/sizes';
import {
  asOfYear,
  lanes,
  MEMBERSHIP_CHART_ID,
  membershipFrameSpec,
  membershipLayout,
  membershipTips,
  toLaneRows,
  toRows,
  yearCounts,
  type MembershipLayout,
} from './membershipState';
import { MembershipYears, ShowOnMapLink } from './MembershipYears';
import { YEAR_PARAM } from '../shared/yearParam';

function MembershipPlot({ layout, title, size }: { layout: MembershipLayout; title: string; size: ChartSize }) {
  const t = messages().charts.membership;
  const range = { minYear: FIRST_YEAR, maxYear: layout.years[layout.years.length - 1]?.year ?? FIRST_YEAR };
  const font = layout.font;
  return (
    <PlotSvg width={layout.width} height={layout.height} label={title} describedBy={hintId(MEMBERSHIP_CHART_ID, 'main', size)}>
      <MembershipYears
        years={layout.years}
        range={range}
        hitTop={layout.stepTop}
        hitBottom={layout.stepBottom}
        bandBottom={layout.lanesBottom}
        font={font}
        label={t.yearsLabel}
        endLabels={{ x: layout.plotRight + 6, byYear: layout.endLabelsByYear }}
      />
      <Layer aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <Layer key={tick.value}>
            <line x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} className={styles.grid} />
            <text x={layout.plotLeft - 6} y={tick.y + 4} fontSize={font} textAnchor="end" className={styles.muted}>
              {tick.value}
            </text>
          </Layer>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={layout.stepBottom + 18} fontSize={font} textAnchor="middle" className={styles.muted}>
            {tick.year}
          </text>
        ))}
        <line x1={layout.asOfX} x2={layout.asOfX} y1={layout.stepTop} y2={layout.lanesBottom} className={styles.leader} strokeDasharray="2 3" />
      </Layer>
      <Layer aria-hidden="true" pointerEvents="none">
        {layout.steps.map((step) =>
          step.segments.map((seg, i) => (
            <Curve
              key={`${step.key}-${i}`}
              type="stepAfter"
              points={seg.points}
              strokeWidth={2.5}
              strokeLinejoin="round"
              style={{ fill: 'none', stroke: tokenColor(seg.token) }}
            />
          )),
        )}
      </Layer>
      <Layer role="list" aria-label={t.lanesLabel}>
        {layout.lanes.map((lane) => (
          <Layer key={lane.id} role="listitem">
            <text x={layout.plotLeft - 6} y={lane.y + layout.laneHeight - 2} fontSize={font - 1} textAnchor="end" aria-hidden="true">
              {lane.name}
            </text>
            {lane.periods.map((p) => {
              const color = tokenColor(STATUS_TOKEN[p.status]);
              return (
                <Layer
                  key={p.id}
                  data-mark={p.id}
                  data-group={`${MEMBERSHIP_CHART_ID}-lanes`}
                  tabIndex={p.id === layout.lanes[0]?.periods[0]?.id ? 0 : -1}
                  role="img"
                  aria-label={p.name}
                  className={styles.mark}
                >
                  <rect className={styles.hit} data-export-ignore="" x={p.x0} y={lane.y - 1} width={p.x1 - p.x0} height={layout.laneHeight + 2} />
                  <Rectangle
                    x={p.x0}
                    y={lane.y}
                    width={Math.max(1, p.asOfX - p.x0)}
                    height={layout.laneHeight}
                    isAnimationActive={false}
                    isUpdateAnimationActive={false}
                    style={{ fill: color }}
                  />
                  {p.open && p.x1 > p.asOfX && (
                    <Rectangle
                      x={p.asOfX}
                      y={lane.y}
                      width={p.x1 - p.asOfX}
                      height={layout.laneHeight}
                      isAnimationActive={false}
                      isUpdateAnimationActive={false}
                      style={{ fill: color, opacity: 0.4 }}
                    />
                  )}
                </Layer>
              );
            })}
          </Layer>
        ))}
      </Layer>
    </PlotSvg>
  );
}

/** Members, observers and partners over time: a step chart of counts and a lane per state. */
export function Membership({ sizes = ALL_SIZES, headingLevel }: ChartRenderProps) {
  const ctx = serverContext();
  const t = messages().charts.membership;
  const rows: readonly State[] = states;
  const counts = yearCounts(rows, ctx.asOf);
  const laneRows = lanes(rows, ctx.asOf);
  const spec = membershipFrameSpec(rows, counts, ctx, FIRST_SOURCE_ID);
  const range = { minYear: FIRST_YEAR, maxYear: asOfYear(ctx.asOf) };
  return (
    <ChartView
      id={MEMBERSHIP_CHART_ID}
      spec={spec}
      headingLevel={headingLevel}
      linkParams={[YEAR_PARAM]}
      tips={membershipTips(counts, laneRows, ctx)}
      main={{
        plots: withExportSize(sizes).map((size) => ({
          size,
          node: <MembershipPlot layout={membershipLayout(counts, laneRows, ctx.asOf, size)} title={spec.title} size={size} />,
        })),
        data: toRows(counts),
        extraTables: [toLaneRows(laneRows, ctx)],
        frame: spec,
      }}
      controls={<ShowOnMapLink template={t.showOnMap} range={range} />}
    />
  );
}
